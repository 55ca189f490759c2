import type { ScalarText } from '../parse/scalarText';
import type { CompiledPhrasebook } from '../phrasebook/compiled';
import { foldText } from '../text/fold';

/**
 * What the check computes from one string, kept on the string's ScalarText (its `checked`
 * slot) for as long as the string is unchanged: each string rule's findings and the forbidden
 * phrases that several rules read. Kept per phrasebook: a string checked under another one is
 * checked afresh. A slot on the text costs nothing to drop and no table lookup to find.
 */
interface Checked {
  phrasebook: CompiledPhrasebook;
  values: unknown[];
}

let slots = 0;

/** A new slot: a kind of value kept per string. */
export function stringSlot(): number {
  return slots++;
}

/** The values kept for `text` under `phrasebook` (emptied when the phrasebook is another). */
export function stringValues(text: ScalarText, phrasebook: CompiledPhrasebook): unknown[] {
  let checked = text.checked as Checked | undefined;
  // Every slot is taken when the rules load: the list is made at its final size.
  if (checked?.phrasebook !== phrasebook)
    text.checked = checked = { phrasebook, values: new Array(slots).fill(undefined) };
  return checked.values;
}

/**
 * The value of `slot` for `text` under `phrasebook`, computed from the string's value on first
 * use (`compute` is a plain function of the two, so that a lookup makes no closure).
 */
export function cachedForString<T>(
  text: ScalarText,
  phrasebook: CompiledPhrasebook,
  slot: number,
  compute: (value: string, phrasebook: CompiledPhrasebook) => T,
): T {
  const values = stringValues(text, phrasebook);
  let value = values[slot] as T | undefined;
  if (value === undefined) values[slot] = value = compute(text.value, phrasebook);
  return value;
}

const FOLDED = stringSlot();
/** The folded text of a string (foldText), folded once for all the rules that read it. */
export function foldedOf(text: ScalarText, phrasebook: CompiledPhrasebook): string {
  return cachedForString(text, phrasebook, FOLDED, foldText);
}
