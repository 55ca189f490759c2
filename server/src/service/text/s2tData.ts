import s2tTable from '../../../data/chinese/s2t.txt';
import { computeS2tPairs } from './s2tPairs';

/**
 * The one-to-one rows of server/data/chinese/s2t.txt (see s2tPairs.ts). From source they are
 * read here; the build (scripts/precomputedTables.mjs) replaces this module with one that
 * returns what this function returned at build time.
 */
export function s2tData(): string {
  return computeS2tPairs(s2tTable);
}
