import t2sTable from '../../../data/chinese/t2s.txt';
import variantsTable from '../../../data/chinese/variants.yaml';
import { computeFoldData, type FoldData } from './foldTables';

/**
 * The character folds of server/data/chinese/t2s.txt and variants.yaml. From source (tests,
 * tools) they are computed here; the build (scripts/precomputedTables.mjs) replaces this module
 * with one that returns what this function returned at build time, so a run neither reads the
 * tables' text nor parses YAML.
 */
export function foldData(): FoldData {
  return computeFoldData(t2sTable, variantsTable);
}
