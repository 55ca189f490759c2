import { foldData } from './foldData';
import type { FoldData, VariantTables } from './foldTables';

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

/**
 * The folds are kept as differences, unit → fold − unit, so that a table starts as zeros (no
 * loop over 65,536 units at start-up) and only the units a fold changes are written.
 */
function applyPairs(delta: Int32Array, pairs: string): void {
  for (let i = 0; i < pairs.length; i += 2) {
    const from = pairs.charCodeAt(i);
    delta[from] = pairs.charCodeAt(i + 1) - from;
  }
}

function buildTables(data: FoldData): { fold: Int32Array; cls: Uint8Array } {
  const fold = new Int32Array(0x10000);
  applyPairs(fold, data.fold);

  // Text or Skip is decided on a unit's first look (classOf): 65,536 tests at start-up cost more
  // than a run reads.
  const cls = new Uint8Array(0x10000).fill(UNKNOWN);
  for (const ch of CLAUSE_ENDS) cls[ch.charCodeAt(0)] = CharClass.ClauseEnd;
  for (const ch of LINE_ENDS) cls[ch.charCodeAt(0)] = CharClass.ClauseEnd;
  for (const ch of SENTENCE_ENDS) cls[ch.charCodeAt(0)] = CharClass.SentenceEnd;
  return { fold, cls };
}

const DATA = foldData();
const { fold: FOLD, cls: CLASS } = buildTables(DATA);

/**
 * Folds one UTF-16 code unit: Traditional to Simplified, full width to half width,
 * upper to lower case. One unit in, one unit out, so offsets map straight back.
 */
export function foldCode(code: number): number {
  return code + FOLD[code]!;
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
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units[i] = code + FOLD[code]!;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** foldForMatch as differences (see applyPairs), and the word folds by their first unit. */
function buildVariantTables(data: FoldData): { chars: Int32Array; words: VariantTables['words'] } {
  const chars = FOLD.slice();
  applyPairs(chars, data.variants);
  const words: VariantTables['words'] = new Map();
  for (let i = 0; i < data.words.length; i += 2) {
    const from = units(data.words[i]!);
    const list = words.get(from[0]!) ?? [];
    list.push({ from, to: units(data.words[i + 1]!) });
    words.set(from[0]!, list);
  }
  return { chars, words };
}

function units(s: string): number[] {
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const VARIANTS = buildVariantTables(DATA);

/**
 * Folds one code unit for matching forbidden phrases: foldCode, then the variant forms of
 * variants.yaml (您/妳/你 into one pronoun, 囉唆 into 啰嗦 …). One unit in, one unit out.
 */
export function foldForMatch(code: number): number {
  return code + VARIANTS.chars[code]!;
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
