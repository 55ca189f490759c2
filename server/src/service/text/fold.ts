import { parse } from 'yaml';
import t2sTable from '../../../data/chinese/t2s.txt';
import variantsTable from '../../../data/chinese/variants.yaml';

/** What a character is to the phrase matcher once folded. */
export const enum CharClass {
  /** A letter, digit or ideograph: part of a phrase. */
  Text = 0,
  /** Whitespace, punctuation and symbols: ignored between the characters of a phrase. */
  Skip = 1,
  /** A sentence end (。！？!?.): a clause barrier. */
  SentenceEnd = 2,
  /** Clause punctuation (，、；：), quotation marks and line breaks: a clause barrier. */
  ClauseEnd = 3,
}

/** Not looked at yet: see classOf. */
const UNKNOWN = 255;
const SENTENCE_ENDS = '。！？!?.．｡';
const CLAUSE_ENDS = '，、；：,;:﹐﹑﹔﹕､“”「」『』"‘’﹁﹂﹃﹄';
/** A line break that stays in a value (literal block scalars) ends a clause. */
const LINE_ENDS = '\n\r\u2028\u2029';
/** Quotation marks that open and close a quotation; `"` does both. */
export const QUOTE_OPEN = '“「『‘﹁﹃';
export const QUOTE_CLOSE = '”」』’﹂﹄';

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

  // Text or Skip is decided on a unit's first look (classOf): 65,536 tests at start-up cost more
  // than a run reads.
  const cls = new Uint8Array(0x10000).fill(UNKNOWN);
  for (const ch of CLAUSE_ENDS) cls[ch.charCodeAt(0)] = CharClass.ClauseEnd;
  for (const ch of LINE_ENDS) cls[ch.charCodeAt(0)] = CharClass.ClauseEnd;
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
  const known = CLASS[folded]!;
  return known !== UNKNOWN ? (known as CharClass) : classify(folded);
}

/** Punctuation, symbols, whitespace and controls are skipped; a lone surrogate is text. */
const SKIP = /[\s\p{P}\p{S}\p{Cf}\p{Cc}]/u;

function classify(code: number): CharClass {
  const cls =
    (code < 0xd800 || code > 0xdfff) && SKIP.test(String.fromCharCode(code)) ? CharClass.Skip : CharClass.Text;
  CLASS[code] = cls;
  return cls;
}

/** Folds every code unit of `text`; the result has the same length. */
export function foldText(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = FOLD[text.charCodeAt(i)]!;
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

interface VariantTables {
  /** foldCode, then the variant characters: one unit to one. */
  chars: Uint16Array;
  /** Equal-length word folds, by the first folded unit of the word. */
  words: Map<number, { from: number[]; to: number[] }[]>;
}

function units(s: string): number[] {
  return Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
}

/** Reads server/data/chinese/variants.yaml over the fold table. */
export function buildVariantTables(text: string): VariantTables {
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
  const chars = FOLD.slice();
  for (const [from, to] of Object.entries(data?.chars ?? {})) {
    if (from.length !== 1 || to.length !== 1)
      throw new Error(`variants.yaml: "${from}: ${to}" must map one character to one`);
    const target = FOLD[to.charCodeAt(0)]!;
    const source = from.charCodeAt(0);
    chars[source] = target;
    const folded = FOLD[source]!;
    if (folded !== source) chars[folded] = target;
  }
  const words = new Map<number, { from: number[]; to: number[] }[]>();
  for (const [from, to] of Object.entries(data?.words ?? {})) {
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

const VARIANTS = buildVariantTables(variantsTable);

/**
 * Folds one code unit for matching forbidden phrases: foldCode, then the variant forms of
 * variants.yaml (您/妳/你 into one pronoun, 囉唆 into 啰嗦 …). One unit in, one unit out.
 */
export function foldForMatch(code: number): number {
  return VARIANTS.chars[code]!;
}

/**
 * Applies the equal-length word folds of variants.yaml (甚么 → 什么) in place to units
 * already folded with foldForMatch. A negative unit never takes part in a word.
 */
export function foldWords(codes: Int32Array | number[], length = codes.length): void {
  for (let i = 0; i < length; i++) {
    const candidates = VARIANTS.words.get(codes[i]!);
    if (!candidates) continue;
    for (const { from, to } of candidates) {
      if (i + from.length > length) continue;
      let same = true;
      for (let j = 1; j < from.length && same; j++) same = codes[i + j] === from[j];
      if (!same) continue;
      for (let j = 0; j < to.length; j++) codes[i + j] = to[j]!;
      i += from.length - 1;
      break;
    }
  }
}
