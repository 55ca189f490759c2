import type { CodeLens } from 'vscode-languageserver-types';
import { timingsFor } from '../flow/flowFor';
import { formatSeconds } from '../flow/speakingTime';
import type { FlowTiming } from '../flow/types';
import { localize, type Language, type Message } from '../l10n';
import type { FeatureContext } from './context';

const MAIN: Message = { zh: '主流程', en: 'main' };
const SPAN: Message = { zh: '{entry} ≈ {span} 秒', en: '{entry} ≈ {span} s' };

/** `12–45` or `12` when both are the same (rounded). */
export function timingSpan(timing: FlowTiming): string {
  const low = formatSeconds(timing.shortest);
  const high = formatSeconds(timing.longest);
  return low === high ? low : `${low}–${high}`;
}

/** How an entry is named to the writer: the main flow, or the scenario's name. */
export function entryName(name: string, language: Language): string {
  return name === 'main' ? localize(MAIN, language) : name;
}

/**
 * The shortest and longest read-aloud time from each entry (the greeting, each scenario) to
 * an ending, pauses included, as code lenses on `script:`: `main ≈ 38–95 s`.
 */
export function speakingLenses(context: FeatureContext): CodeLens[] {
  const { model, settings } = context;
  if (!model.keys.has('script')) return [];
  const range = model.positions.range(model.anchor[0], model.anchor[1]);
  return timingsFor(model, settings).map((timing) => ({
    range,
    command: {
      title: localize(SPAN, settings.locale, {
        entry: entryName(timing.entry, settings.locale),
        span: timingSpan(timing),
      }),
      command: '',
    },
  }));
}
