import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Message } from '../l10n';
import { astHit } from './astPath';
import type { FeatureContext } from './context';
import { forbiddenHover } from './forbiddenHover';
import { TOP_KEY_DOCS, TURN_KEY_DOCS, VARIANT_KEY_DOCS } from './keyDocs';
import { placeOf } from './place';
import { placeholderHover } from './placeholderHover';
import { speechAt } from './speechAt';
import { speakingTable } from './speakingTable';
import { BRANCH_KEY_DOCS, SCENARIO_KEY_DOCS } from './flowCompletion';
import { toneHover } from './toneHover';

/** Hover at `position`: a forbidden phrase, else a rude tone, else a placeholder, else a key of the format. */
export function hover(context: FeatureContext, position: Position): Hover | null {
  const { model } = context;
  const offset = model.positions.offset(position);
  const speech = speechAt(model, offset);
  if (speech)
    return (
      forbiddenHover(context, speech, offset) ??
      toneHover(context, speech, offset) ??
      placeholderHover(context, speech, offset)
    );
  return keyHover(context, offset);
}

/** What the key at `offset` means where it stands (top level, in a turn, in a variant). */
function keyHover(context: FeatureContext, offset: number): Hover | null {
  const { model, settings } = context;
  const hit = astHit(model.doc, offset);
  if (!hit?.isKey || !hit.node.range) return null;
  const key = String(hit.node.value);
  const place = placeOf(hit.path, 'key', false);
  const docs: Record<string, Message> | undefined =
    place.kind === 'topKey'
      ? TOP_KEY_DOCS
      : place.kind === 'turnKey'
        ? TURN_KEY_DOCS
        : place.kind === 'variantKey'
          ? VARIANT_KEY_DOCS
          : place.kind === 'scenarioKey'
            ? SCENARIO_KEY_DOCS
            : place.kind === 'branchKey'
              ? BRANCH_KEY_DOCS
              : undefined;
  const doc = docs && Object.hasOwn(docs, key) ? docs[key] : undefined;
  if (!doc) return null;
  const timing = place.kind === 'topKey' && key === 'script' ? `\n\n${speakingTable(context)}` : '';
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${key}** — ${doc[settings.locale]}${timing}` },
    range: model.positions.range(hit.node.range[0], hit.node.range[1]),
  };
}
