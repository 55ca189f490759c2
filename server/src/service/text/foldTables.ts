import { parse } from 'yaml';

/**
 * The character folds of the phrase matcher computed from their data files: t2s.txt (Traditional
 * to Simplified) and variants.yaml (variant forms). The build runs this once (foldData.ts);
 * fold.ts reads the result.
 */

/** The folds as fold.ts reads them: each list holds only the units that a fold changes. */
export interface FoldData {
  /** foldCode: pairs of code units, the unit then its fold (units 2i and 2i + 1). */
  fold: string;
  /** foldForMatch where it differs from foldCode: pairs of code units, as `fold`. */
  variants: string;
  /** The word folds of variants.yaml, folded with foldForMatch: a word, then its fold. */
  words: string[];
}

/** Parses a `trad<TAB>simp` table (one pair a line, `#` comments). */
export function parseCharTable(text: string): Map<number, number> {
  const table = new Map<number, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [from, to] = line.split('\t');
    if (from?.length === 1 && to?.length === 1) table.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  return table;
}

/** foldCode for every code unit: t2s.txt, full width to half width, upper to lower case. */
export function buildFoldTable(t2sText: string): Uint16Array {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) fold[c] = c - 0xfee0;
  fold[0x3000] = 0x20;
  for (const [from, to] of parseCharTable(t2sText)) fold[from] = to;
  for (let c = 0x41; c <= 0x5a; c++) fold[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) fold[c] = c - 0xfee0 + 0x20;
  return fold;
}

export interface VariantTables {
  /** foldCode, then the variant characters: one unit to one. */
  chars: Uint16Array;
  /** Equal-length word folds, by the first folded unit of the word. */
  words: Map<number, { from: number[]; to: number[] }[]>;
}

function units(s: string): number[] {
  return Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
}

/** Reads server/data/chinese/variants.yaml over the fold table `fold`. */
export function buildVariantTables(text: string, fold: Uint16Array): VariantTables {
  const data = parse(text) as { chars?: Record<string, string>; words?: Record<string, string> } | null;
  const keys = Object.keys(data ?? {});
  if (
    data === null ||
    typeof data !== 'object' ||
    keys.some((k) => k !== 'chars' && k !== 'words') ||
    !data.chars ||
    !data.words
  ) {
    throw new Error(`variants.yaml: the top level must hold the mappings chars and words only, not ${keys.join(', ')}`);
  }
  const chars = fold.slice();
  for (const [from, to] of Object.entries(data.chars)) {
    if (from.length !== 1 || to.length !== 1)
      throw new Error(`variants.yaml: "${from}: ${to}" must map one character to one`);
    const target = fold[to.charCodeAt(0)]!;
    const source = from.charCodeAt(0);
    chars[source] = target;
    const folded = fold[source]!;
    if (folded !== source) chars[folded] = target;
  }
  const words = new Map<number, { from: number[]; to: number[] }[]>();
  for (const [from, to] of Object.entries(data.words)) {
    if (from.length !== to.length || from.length < 2)
      throw new Error(
        `variants.yaml: "${from}: ${to}" must have two or more characters on both sides, as many on each`,
      );
    const f = units(from).map((c) => chars[c]!);
    const list = words.get(f[0]!) ?? [];
    list.push({ from: f, to: units(to).map((c) => chars[c]!) });
    words.set(f[0]!, list);
  }
  return { chars, words };
}

/** The units where `table` differs from `base`, as pairs of units in a string. */
function changes(table: Uint16Array, base: (c: number) => number): string {
  const out: number[] = [];
  for (let c = 0; c < table.length; c++) if (table[c] !== base(c)) out.push(c, table[c]!);
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return text;
}

/** The folds of the two data files, in the form fold.ts reads. */
export function computeFoldData(t2sText: string, variantsText: string): FoldData {
  const fold = buildFoldTable(t2sText);
  const variants = buildVariantTables(variantsText, fold);
  const words: string[] = [];
  for (const list of variants.words.values())
    for (const { from, to } of list) words.push(String.fromCharCode(...from), String.fromCharCode(...to));
  return {
    fold: changes(fold, (c) => c),
    variants: changes(variants.chars, (c) => fold[c]!),
    words,
  };
}
