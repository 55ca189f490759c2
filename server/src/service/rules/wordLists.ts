import { readWordLists } from './wordListFile';
import { wordListsData, type ShippedWordLists } from './wordListsData';

let shipped: Record<string, ShippedWordLists> | undefined;

/**
 * Reads a rule's word lists (`server/data/rules/*.yaml`): a mapping of the given keys, each
 * a list of non-empty strings. A mistake throws with the file, line and column, as the
 * built-in phrasebook does: these files ship with Huashu, so a mistake is a build defect.
 * The files that ship are read once, at build time (wordListsData.ts); any other text, or keys
 * other than the file has, are read here and get the errors with their place.
 */
export function loadWordLists<K extends string>(file: string, text: string, keys: readonly K[]): Record<K, string[]> {
  shipped ??= wordListsData();
  const known = Object.hasOwn(shipped, file) ? shipped[file]! : undefined;
  if (known && known.text === text && sameKeys(known.lists, keys)) return known.lists as Record<K, string[]>;
  return readWordLists(file, text, keys) as Record<K, string[]>;
}

function sameKeys(lists: Record<string, string[]>, keys: readonly string[]): boolean {
  const names = Object.keys(lists);
  return names.length === keys.length && names.every((name) => keys.includes(name));
}

/** A regular expression source that matches any of `words`, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
