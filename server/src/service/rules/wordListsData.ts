import directAddress from '../../../data/rules/direct-address.yaml';
import politePronoun from '../../../data/rules/polite-pronoun.yaml';
import priceQuote from '../../../data/rules/price-quote.yaml';
import { readWordLists } from './wordListFile';

/** A word-list file shipped with Huashu: its text, and its lists as read. */
export interface ShippedWordLists {
  text: string;
  lists: Record<string, string[]>;
}

const FILES: [string, string][] = [
  ['server/data/rules/direct-address.yaml', directAddress],
  ['server/data/rules/polite-pronoun.yaml', politePronoun],
  ['server/data/rules/price-quote.yaml', priceQuote],
];

/**
 * The word lists of server/data/rules/, by file. From source they are read here; the build
 * (scripts/precomputedTables.mjs) replaces this module with one that returns what this function
 * returned at build time, so a run parses no YAML for them.
 */
export function wordListsData(): Record<string, ShippedWordLists> {
  return Object.fromEntries(FILES.map(([file, text]) => [file, { text, lists: readWordLists(file, text) }]));
}
