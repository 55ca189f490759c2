/**
 * The Simplified-to-Traditional character table (server/data/chinese/s2t.txt) in the form
 * features/s2tCharacters.ts reads: its one-to-one rows as one string of code points, each
 * source followed by its target. The build computes it once (s2tData.ts).
 */

/** Lines of a generated `from<TAB>to` table, comments and blank lines left out. */
export function tableRows(text: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [from, to] = line.split('\t');
    if (from && to) rows.push([from, to.trimEnd()]);
  }
  return rows;
}

/** The rows of s2t.txt that map one code point to one, as a source, target, source … string. */
export function computeS2tPairs(text: string): string {
  let pairs = '';
  for (const [from, to] of tableRows(text)) {
    const source = [...from];
    const target = [...to];
    if (source.length === 1 && target.length === 1) pairs += source[0]! + target[0]!;
  }
  return pairs;
}

/** Reads the pairs of computeS2tPairs into a table by code point (some targets are outside the BMP). */
export function s2tTableOf(pairs: string): Map<number, string> {
  const table = new Map<number, string>();
  for (let i = 0; i < pairs.length;) {
    const from = pairs.codePointAt(i)!;
    i += from > 0xffff ? 2 : 1;
    const length = pairs.codePointAt(i)! > 0xffff ? 2 : 1;
    table.set(from, pairs.slice(i, i + length));
    i += length;
  }
  return table;
}
