import t2sTable from '../../../data/chinese/t2s.txt';

/** What a character is to the phrase matcher once folded. */
export const enum CharClass {
  /** A letter, digit or ideograph: part of a phrase. */
  Text = 0,
  /** Whitespace, punctuation and symbols: ignored between the characters of a phrase. */
  Skip = 1,
  /** A sentence end (。！？!?.): a phrase that does not have one never runs across it. */
  SentenceEnd = 2,
}

const SENTENCE_ENDS = '。！？!?.．｡';

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

function buildTables(): { fold: Uint16Array; cls: Uint8Array } {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) fold[c] = c - 0xfee0;
  fold[0x3000] = 0x20;
  for (const [from, to] of parseCharTable(t2sTable)) fold[from] = to;
  for (let c = 0x41; c <= 0x5a; c++) fold[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) fold[c] = c - 0xfee0 + 0x20;

  const cls = new Uint8Array(0x10000);
  const skip = /[\s\p{P}\p{S}\p{Cf}\p{Cc}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (skip.test(String.fromCharCode(c))) cls[c] = CharClass.Skip;
  }
  for (const ch of SENTENCE_ENDS) cls[ch.charCodeAt(0)] = CharClass.SentenceEnd;
  return { fold, cls };
}

const { fold: FOLD, cls: CLASS } = buildTables();

/**
 * Folds one UTF-16 code unit: Traditional to Simplified, full width to half width,
 * upper to lower case. One unit in, one unit out, so offsets map straight back.
 */
export function foldCode(code: number): number {
  return FOLD[code]!;
}

/** The class of an already folded code unit. */
export function classOf(folded: number): CharClass {
  return CLASS[folded] as CharClass;
}

/** Folds every code unit of `text`; the result has the same length. */
export function foldText(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = FOLD[text.charCodeAt(i)]!;
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
