import { foldCode, foldText } from '../text/fold';
import { isLetterUnit, isSpaceUnit } from '../text/codeUnits';

/**
 * Features of the tone model: what the training script (scripts/train-tone.mjs) and the
 * `rude-tone` rule both compute from agent speech, so that the model sees at run time exactly
 * what it was trained on. Pure functions of the text, linear in its length.
 */

/** A sentence of a string, by value offsets: the span the rule reports. */
export interface ToneSpan {
  start: number;
  end: number;
}

/** Sentence ends after folding (。 and the half-width forms of ！？ and the full stop). */
const SENTENCE_END = new Set([0x3002, 0x21, 0x3f, 0xff61, 0xff0e]);
/** Punctuation that may close a sentence after its end mark: quotes, brackets, repeated marks. */
const CLOSER = new Set([
  ...SENTENCE_END,
  ...[0x201d, 0x300d, 0x300f, 0x2019, 0xfe42, 0xfe44, 0x29, 0xff09, 0x5d, 0x3011, 0x7e, 0xff5e, 0x2026],
]);
/** /[\p{L}\p{N}]/u on value[s, e) folded: a letter, digit or ideograph, reading surrogate pairs as one. */
function hasLetter(value: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < e) {
      const low = value.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (/[\p{L}\p{N}]/u.test(value.slice(i, i + 2))) return true;
        i++;
        continue;
      }
    }
    if (isLetterUnit(foldCode(code))) return true;
  }
  return false;
}

/**
 * Splits `value` into sentences: each runs to its end mark (with any closing quotes and repeated
 * marks) or to the end of the string; a line break (a literal block scalar wrapping a sentence)
 * does not end one. Leading and trailing whitespace is left out of each span; spans without any
 * letter, digit or ideograph are dropped. Reads the folded text unit by unit, without copying it.
 */
export function toneSentences(value: string): ToneSpan[] {
  const spans: ToneSpan[] = [];
  const length = value.length;
  const at = (i: number) => foldCode(value.charCodeAt(i));
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceUnit(at(s))) s++;
    while (e > s && isSpaceUnit(at(e - 1))) e--;
    if (hasLetter(value, s, e)) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < length; i++) {
    if (SENTENCE_END.has(at(i))) {
      let end = i + 1;
      while (end < length && CLOSER.has(at(end))) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(length);
  return spans;
}

/**
 * A sentence as the model reads it: folded to Simplified and half width (你 and 您 kept apart,
 * 妳 read as 你), every placeholder as □, punctuation reduced to ， 。 ! ? …, whitespace and
 * quotation marks dropped. `at[i]` is the value offset of character i, `len[i]` its length there.
 */
export interface ToneText {
  text: string;
  at: number[];
  len: number[];
}

function punctuation(c: string): string | undefined {
  if (c === '!' || c === '?') return c;
  if (/[,，、;；:：﹐﹑﹔﹕､]/.test(c)) return '，';
  if (/[。.｡．]/.test(c)) return '。';
  if (c === '…') return '…';
  return undefined;
}

export function toneText(value: string, span: ToneSpan = { start: 0, end: value.length }): ToneText {
  const folded = foldText(value);
  let text = '';
  const at: number[] = [];
  const len: number[] = [];
  const add = (c: string, from: number, length: number) => {
    text += c;
    at.push(from);
    len.push(length);
  };
  for (let i = span.start; i < span.end; i++) {
    const c = folded[i]!;
    if (c === '{') {
      const close = folded.indexOf('}', i);
      if (close > i && close < span.end && /^[\w.]+$/.test(folded.slice(i + 1, close))) {
        add('□', i, close + 1 - i);
        i = close;
        continue;
      }
    }
    if (/[\p{L}\p{N}]/u.test(c)) {
      add(c === '妳' ? '你' : c, i, 1);
      continue;
    }
    const p = punctuation(c);
    if (p === undefined || text.endsWith(p)) continue;
    if (p === '，' && /[，。]$/.test(text)) continue;
    add(p, i, 1);
  }
  return { text, at, len };
}

/** Named cues beside the n-grams, each a feature of its own (keys start with #). */
const CUES: [string, RegExp][] = [
  ['#rhetorical', /[吗呢啊嘛么][!?]*\?/],
  ['#imperative', /别|不要|给我|少|赶紧|快点/],
  ['#exclaim', /!/],
  ['#you', /你(?!们)/],
  ['#polite', /您|请|麻烦|抱歉|谢谢|感谢/],
];

/** A feature present in a sentence, with where its n-gram is (for cues, -1). */
export interface ToneFeature {
  key: string;
  /** Index in ToneText.text of the n-gram's first character, or -1 for a named cue. */
  index: number;
  length: number;
}

export const MAX_NGRAM = 3;

/**
 * The features of a sentence: its character n-grams (1 to MAX_NGRAM, with ^ and $ marking
 * the sentence's start and end) and the named cues, each present once (the first place).
 */
/**
 * The sum of the weights of a sentence's features, the same features as `toneFeatures` but
 * without building them: most sentences are not rude, and need no more than their score.
 */
export function toneFeatureSum(text: string, weights: Readonly<Record<string, number>>, start = 0): number {
  const seen = new Set<string>();
  const marked = `^${text}$`;
  // Added in the order of toneFeatures, from `start`: the very same floating-point sum.
  let sum = start;
  for (let n = 1; n <= MAX_NGRAM; n++) {
    for (let i = 0; i + n <= marked.length; i++) {
      const key = marked.slice(i, i + n);
      if (key === '^' || key === '$' || seen.has(key)) continue;
      seen.add(key);
      const w = weights[key];
      if (w !== undefined) sum += w;
    }
  }
  for (const [key, pattern] of CUES) {
    const w = weights[key];
    if (w !== undefined && pattern.test(text)) sum += w;
  }
  return sum;
}

export function toneFeatures(text: string): ToneFeature[] {
  const seen = new Set<string>();
  const out: ToneFeature[] = [];
  const marked = `^${text}$`;
  for (let n = 1; n <= MAX_NGRAM; n++) {
    for (let i = 0; i + n <= marked.length; i++) {
      const key = marked.slice(i, i + n);
      if (key === '^' || key === '$' || seen.has(key)) continue;
      seen.add(key);
      const from = Math.max(0, i - 1);
      const to = Math.min(text.length, i - 1 + n);
      out.push({ key, index: from, length: to - from });
    }
  }
  for (const [key, pattern] of CUES) if (pattern.test(text)) out.push({ key, index: -1, length: 0 });
  return out;
}
