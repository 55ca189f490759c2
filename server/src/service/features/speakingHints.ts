import type { InlayHint, Range } from 'vscode-languageserver-types';
import { charsPerMinute } from '../flow/speakingSettings';
import { speakingLabel, speakingSeconds } from '../flow/speakingTime';
import type { FeatureContext } from './context';

/**
 * The read-aloud time of each piece of agent speech (turns, greeting and closing variants),
 * `≈ 12 s @190字/分`, as an inlay hint where its text ends; only those inside `range` when given.
 */
export function speakingHints(context: FeatureContext, range?: Range): InlayHint[] {
  const { model, settings } = context;
  const cpm = charsPerMinute(settings.speaking);
  const speaking = { charsPerMinute: cpm };
  const from = range ? model.positions.offset(range.start) : 0;
  const to = range ? model.positions.offset(range.end) : model.text.length;
  const hints: InlayHint[] = [];
  for (const speech of model.speech) {
    if (speech.role !== 'agent') continue;
    const range = speech.node.range;
    if (!range) continue;
    let end = range[1];
    while (end > range[0] && /\s/.test(model.text[end - 1]!)) end--;
    if (end < from || end > to) continue;
    const seconds = speakingSeconds(speech.text.value, speaking);
    if (seconds <= 0) continue;
    hints.push({ position: model.positions.position(end), label: speakingLabel(seconds, cpm), paddingLeft: true });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
