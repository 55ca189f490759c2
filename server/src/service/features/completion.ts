import type { CompletionItem, CompletionList, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';
import { placed, placedEdits } from './itemDefaults';
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

/** No completion here (shared, so frozen). */
const NOTHING: CompletionList = Object.freeze({
  isIncomplete: false,
  items: Object.freeze([] as CompletionItem[]) as CompletionItem[],
});

/**
 * Completion at `position`: placeholders after `{`, else what the format expects where the
 * cursor is (keys, phrases for the speech, turn ids, channels). Every item replaces from the
 * start of the key or value being typed to the cursor, the list's `itemDefaults.editRange`,
 * unless it has a `textEdit` of its own (a phrase quoted together with the rest of its value).
 *
 * The items are shared: typing on at the same kind of place gets the same array, made once.
 * Callers must not change them.
 */
export function completeList(context: FeatureContext, position: Position): CompletionList {
  const { model } = context;
  const offset = outsidePair(model.text, model.positions.offset(position));
  const before = textBefore(model, offset);
  const cursor = cursorContext(model, offset);
  if ((cursor?.style ?? 'plain') === 'plain' && COMMENT.test(before)) return NOTHING;
  const placeholders = placeholderItems(context, offset, before);
  if (placeholders) return placeholders.length === 0 ? NOTHING : placedEdits(firstRange(placeholders), placeholders);
  if (!cursor) return NOTHING;
  const range = model.positions.range(cursor.start, cursor.end);
  const place = placeOf(cursor.path, cursor.slot, cursor.itemStart);
  switch (place.kind) {
    case 'topKey':
      return placedEdits(range, topKeyItems(context, cursor, range));
    case 'turnKey':
      return placedEdits(range, turnKeyItems(context, cursor, range));
    case 'variantKey': {
      if (!place.alsoSpeech) return placedEdits(range, variantKeyItems(context, cursor, range));
      // A key turns the item into a mapping: only at the end of a one-line value, never inside a flow list.
      if (cursor.flow || cursor.plainEnd === undefined || model.text.slice(offset, cursor.plainEnd).trim() !== '') {
        return phraseItems(context, cursor, { section: place.section }, range);
      }
      const phrases = phraseItems(context, cursor, { section: place.section }, range, false).items;
      const keys = placedEdits(
        range,
        variantKeyItems(context, cursor, range).map((item) => ({
          ...item,
          sortText: `${AFTER_OWN_PHRASES}${item.sortText}`,
        })),
      );
      return placed(range, [...phrases, ...keys.items]);
    }
    case 'scenarioName':
      return placedEdits(range, scenarioNameItems(context, cursor, range));
    case 'speech':
      return phraseItems(context, cursor, place, range);
    case 'next':
      return placedEdits(range, nextItems(context, cursor, place, range));
    case 'channel':
      return placedEdits(range, channelItems(context, cursor, range));
    case 'end':
      return placedEdits(range, endItems(context, cursor, range));
    case 'scenarioKey':
      return placedEdits(range, scenarioKeyItems(context, cursor, range));
    case 'branchKey':
      return placedEdits(range, branchKeyItems(context, cursor, range));
    case 'none':
      return NOTHING;
  }
}

/** The range of the first item's edit: placeholder items all replace the `{…` being typed. */
const firstRange = (items: CompletionItem[]): Range => (items[0]!.textEdit as TextEdit).range;
