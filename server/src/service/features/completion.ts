import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';
import { cursorContext, textBefore } from './cursorContext';
import { scenarioNameItems, topKeyItems, turnKeyItems, variantKeyItems } from './keyCompletion';
import { branchKeyItems, endItems, scenarioKeyItems } from './flowCompletion';
import { placeOf } from './place';
import { phraseItems } from './phraseCompletion';
import { placeholderItems } from './placeholderCompletion';
import { channelItems, nextItems } from './valueCompletion';

/** A `#` that starts a comment: at the start of the line or after a space. */
const COMMENT = /(?:^|\s)#/;
/** Sorts a variant's keys after the greetings (closings) and before the other phrases. */
const AFTER_OWN_PHRASES = '050';

/** An offset inside a surrogate pair moved before it, so that no edit splits a character such as 😀. */
function outsidePair(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? offset - 1 : offset;
}

/**
 * Completion at `position`: placeholders after `{`, else what the format expects where the
 * cursor is (keys, phrases for the speech, turn ids, channels). The edit of every item
 * replaces from the start of the key or value being typed to the cursor.
 */
export function complete(context: FeatureContext, position: Position): CompletionItem[] {
  const { model } = context;
  const offset = outsidePair(model.text, model.positions.offset(position));
  const before = textBefore(model, offset);
  const cursor = cursorContext(model, offset);
  if ((cursor?.style ?? 'plain') === 'plain' && COMMENT.test(before)) return [];
  const placeholders = placeholderItems(context, offset, before);
  if (placeholders) return placeholders;
  if (!cursor) return [];
  const range = model.positions.range(cursor.start, cursor.end);
  const place = placeOf(cursor.path, cursor.slot, cursor.itemStart);
  switch (place.kind) {
    case 'topKey':
      return topKeyItems(context, cursor, range);
    case 'turnKey':
      return turnKeyItems(context, cursor, range);
    case 'variantKey':
      if (!place.alsoSpeech) return variantKeyItems(context, cursor, range);
      // A key turns the item into a mapping: only at the end of a one-line value, never inside a flow list.
      if (cursor.flow || cursor.plainEnd === undefined || model.text.slice(offset, cursor.plainEnd).trim() !== '') {
        return phraseItems(context, cursor, { section: place.section }, range);
      }
      return [
        ...phraseItems(context, cursor, { section: place.section }, range),
        ...variantKeyItems(context, cursor, range).map((item) => ({
          ...item,
          sortText: `${AFTER_OWN_PHRASES}${item.sortText}`,
        })),
      ];
    case 'scenarioName':
      return scenarioNameItems(context, cursor, range);
    case 'speech':
      return phraseItems(context, cursor, place, range);
    case 'next':
      return nextItems(context, cursor, place, range);
    case 'channel':
      return channelItems(context, cursor, range);
    case 'end':
      return endItems(context, cursor, range);
    case 'scenarioKey':
      return scenarioKeyItems(context, cursor, range);
    case 'branchKey':
      return branchKeyItems(context, cursor, range);
    case 'none':
      return [];
  }
}
