import s2tTable from '../../../data/chinese/s2t.txt';

/** Lines of a generated `from<TAB>to` table, comments and blank lines left out. */
function tableRows(text: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [from, to] = line.split('\t');
    if (from && to) rows.push([from, to.trimEnd()]);
  }
  return rows;
}

let s2t: Map<number, string> | undefined;

/** The Simplified-to-Traditional character table, by code point (some targets are outside the BMP). */
export function characterTable(): Map<number, string> {
  if (s2t) return s2t;
  s2t = new Map();
  for (const [from, to] of tableRows(s2tTable)) {
    const source = [...from];
    const target = [...to];
    if (source.length === 1 && target.length === 1) s2t.set(source[0]!.codePointAt(0)!, target[0]!);
  }
  return s2t;
}
