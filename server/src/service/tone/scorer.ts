import { foldCode } from '../text/fold';
import { MAX_NGRAM, type ToneSpan } from './features';
import { isLetterUnit } from '../text/codeUnits';
import type { ToneModel } from './model';

/**
 * The tone model compiled for the check: the n-gram weights in an open-addressing table keyed by
 * the n-gram's code units, and a sentence read into a reused buffer. Scoring a sentence allocates
 * nothing and costs one table probe per n-gram. It computes exactly what
 * `toneFeatureSum(toneText(value, span).text, weights, bias)` computes (the same features, added
 * in the same order: the very same floating-point sum); tone.test.ts holds it to that on every
 * corpus sentence.
 */

const CARET = 0x5e; // ^, the sentence's start mark
const DOLLAR = 0x24; // $, its end mark
const BOX = 0x25a1; // □, a placeholder
const NI = 0x4f60; // 你
const NI_F = 0x59b3; // 妳
const NIN = 0x60a8; // 您
const MEN = 0x4eec; // 们
const COMMA = 0xff0c; // ，
const STOP = 0x3002; // 。
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;

/** toneText's punctuation() on a folded code unit: what it reads as, or 0 for nothing. */
function punctuationOf(c: number): number {
  switch (c) {
    case BANG:
    case QUESTION:
      return c;
    case 0x2c: // ,
    case COMMA:
    case 0x3001: // 、
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x3a: // :
    case 0xff1a: // ：
    case 0xfe50: // ﹐
    case 0xfe51: // ﹑
    case 0xfe54: // ﹔
    case 0xfe55: // ﹕
    case 0xff64: // ､
      return COMMA;
    case STOP:
    case 0x2e: // .
    case 0xff61: // ｡
    case 0xff0e: // ．
      return STOP;
    case ELLIPSIS:
      return ELLIPSIS;
    default:
      return 0;
  }
}

/** A placeholder name character after folding: /[\w.]/. */
function isNameUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e;
}

const isRhetoricalEnd = (c: number) =>
  c === 0x5417 /* 吗 */ ||
  c === 0x5462 /* 呢 */ ||
  c === 0x554a /* 啊 */ ||
  c === 0x561b /* 嘛 */ ||
  c === 0x4e48; /* 么 */

/** The named cues of features.ts, in their order, as tests on a sentence's code units. */
const CUE_TESTS: [string, (u: Uint16Array, n: number) => boolean][] = [
  [
    '#rhetorical',
    (u, n) => {
      for (let i = 0; i < n; i++) {
        if (!isRhetoricalEnd(u[i]!)) continue;
        for (let j = i + 1; j < n && (u[j] === BANG || u[j] === QUESTION); j++) if (u[j] === QUESTION) return true;
      }
      return false;
    },
  ],
  [
    '#imperative',
    (u, n) => {
      for (let i = 0; i < n; i++) {
        const c = u[i]!;
        if (c === 0x522b /* 别 */ || c === 0x5c11 /* 少 */) return true;
        const d = u[i + 1];
        if (i + 1 >= n) break;
        if (
          (c === 0x4e0d && d === 0x8981) /* 不要 */ ||
          (c === 0x7ed9 && d === 0x6211) /* 给我 */ ||
          (c === 0x8d76 && d === 0x7d27) /* 赶紧 */ ||
          (c === 0x5feb && d === 0x70b9) /* 快点 */
        )
          return true;
      }
      return false;
    },
  ],
  [
    '#exclaim',
    (u, n) => {
      for (let i = 0; i < n; i++) if (u[i] === BANG) return true;
      return false;
    },
  ],
  [
    '#you',
    (u, n) => {
      for (let i = 0; i < n; i++) if (u[i] === NI && !(i + 1 < n && u[i + 1] === MEN)) return true;
      return false;
    },
  ],
  [
    '#polite',
    (u, n) => {
      for (let i = 0; i < n; i++) {
        const c = u[i]!;
        if (c === NIN || c === 0x8bf7 /* 请 */) return true;
        if (i + 1 >= n) break;
        const d = u[i + 1];
        if (
          (c === 0x9ebb && d === 0x70e6) /* 麻烦 */ ||
          (c === 0x62b1 && d === 0x6b49) /* 抱歉 */ ||
          (c === 0x8c22 && d === 0x8c22) /* 谢谢 */ ||
          (c === 0x611f && d === 0x8c22) /* 感谢 */
        )
          return true;
      }
      return false;
    },
  ],
];

function hashOf(n: number, a: number, b: number, c: number): number {
  let h = Math.imul((n << 16) ^ a, 0x9e3779b1);
  h = Math.imul(h ^ ((b << 16) | c), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * The scorer's tables in plain numbers: what toneTableOf computes from a model, and what the
 * build ships for the built-in model (toneData.ts), so that a run does not hash the n-grams.
 */
export interface ToneTable {
  bias: number;
  threshold: number;
  /** The number of slots of the open-addressing table: a power of two. */
  size: number;
  /** Each n-gram of the model: its slot, its length with its first unit, its second and third units, its weight. */
  slots: number[];
  heads: number[];
  tails: number[];
  weights: number[];
  /** The weight of each named cue, in CUE_TESTS order; null where the model has none. */
  cues: (number | null)[];
}

/** The scorer's tables for `model`: its n-grams hashed into their slots. */
export function toneTableOf(model: ToneModel): ToneTable {
  const grams = Object.entries(model.weights).filter(([key]) => !key.startsWith('#'));
  let size = 16;
  while (size < grams.length * 2) size *= 2;
  const mask = size - 1;
  const used = new Uint8Array(size);
  const table: ToneTable = {
    bias: model.bias,
    threshold: model.threshold,
    size,
    slots: [],
    heads: [],
    tails: [],
    weights: [],
    cues: CUE_TESTS.map(([key]) => model.weights[key] ?? null),
  };
  for (const [key, w] of grams) {
    if (key.length < 1 || key.length > MAX_NGRAM) continue;
    const n = key.length;
    const a = key.charCodeAt(0);
    const b = n > 1 ? key.charCodeAt(1) : 0;
    const c = n > 2 ? key.charCodeAt(2) : 0;
    let slot = hashOf(n, a, b, c) & mask;
    while (used[slot] !== 0) slot = (slot + 1) & mask;
    used[slot] = 1;
    table.slots.push(slot);
    table.heads.push((n << 16) | a);
    table.tails.push((b << 16) | c);
    table.weights.push(w);
  }
  return table;
}

export class ToneScorer {
  /** The model's bias and the score at which a sentence is rude. */
  readonly bias: number;
  readonly threshold: number;
  /** Slot → the n-gram: its length with its first unit, and its second and third units. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly weight: Float64Array;
  /** Slot → the sentence that last counted it: each feature counts once per sentence. */
  private readonly counted: Uint32Array;
  private readonly mask: number;
  private sentence = 0;
  /** The sentence being scored, with its ^ and $ marks. */
  private units = new Uint16Array(256);
  private readonly cues: { weight: number; test: (u: Uint16Array, n: number) => boolean }[] = [];

  constructor(table: ToneTable) {
    const { size, slots, heads, tails, weights } = table;
    this.bias = table.bias;
    this.threshold = table.threshold;
    this.mask = size - 1;
    this.head = new Int32Array(size);
    this.tail = new Int32Array(size);
    this.weight = new Float64Array(size);
    this.counted = new Uint32Array(size);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      this.head[slot] = heads[i]!;
      this.tail[slot] = tails[i]!;
      this.weight[slot] = weights[i]!;
    }
    CUE_TESTS.forEach(([, test], i) => {
      const weight = table.cues[i];
      if (weight !== null && weight !== undefined) this.cues.push({ weight, test });
    });
  }

  /** bias + the weights of the sentence's features: the model's logit for `span` of `value`. */
  score(value: string, span: ToneSpan): number {
    const length = this.read(value, span);
    const u = this.units;
    const marked = length + 2;
    if (++this.sentence === 0xffffffff) {
      this.counted.fill(0);
      this.sentence = 1;
    }
    const sentence = this.sentence;
    let sum = this.bias;
    for (let n = 1; n <= MAX_NGRAM; n++) {
      for (let i = 0; i + n <= marked; i++) {
        if (n === 1 && (i === 0 || i === marked - 1)) continue;
        const a = u[i]!;
        const b = n > 1 ? u[i + 1]! : 0;
        const c = n > 2 ? u[i + 2]! : 0;
        const head = (n << 16) | a;
        const tail = (b << 16) | c;
        let slot = hashOf(n, a, b, c) & this.mask;
        for (;;) {
          const h = this.head[slot]!;
          if (h === 0) break;
          if (h === head && this.tail[slot] === tail) {
            if (this.counted[slot] !== sentence) {
              this.counted[slot] = sentence;
              sum += this.weight[slot]!;
            }
            break;
          }
          slot = (slot + 1) & this.mask;
        }
      }
    }
    const text = u.subarray(1, 1 + length);
    for (const cue of this.cues) if (cue.test(text, length)) sum += cue.weight;
    return sum;
  }

  /** Reads the sentence as toneText does, into units[1..]; returns its length. */
  private read(value: string, span: ToneSpan): number {
    if (this.units.length < span.end - span.start + 2) this.units = new Uint16Array((span.end - span.start) * 2 + 2);
    const u = this.units;
    u[0] = CARET;
    let n = 1;
    for (let i = span.start; i < span.end; i++) {
      const c = foldCode(value.charCodeAt(i));
      if (c === 0x7b /* { */) {
        const close = closingBrace(value, i, span.end);
        if (close > i + 1) {
          u[n++] = BOX;
          i = close;
          continue;
        }
      }
      if (isLetterUnit(c)) {
        u[n++] = c === NI_F ? NI : c;
        continue;
      }
      const p = punctuationOf(c);
      if (p === 0 || (n > 1 && u[n - 1] === p)) continue;
      if (p === COMMA && n > 1 && u[n - 1] === STOP) continue;
      u[n++] = p;
    }
    u[n] = DOLLAR;
    return n - 1;
  }
}

/**
 * The placeholder that `{` at `from` opens, as toneText reads it: the first folded `}` after it,
 * inside the span, with only name characters between. Returns its offset, or -1.
 */
function closingBrace(value: string, from: number, end: number): number {
  for (let j = from + 1; j < value.length; j++) {
    const c = foldCode(value.charCodeAt(j));
    if (c === 0x7d /* } */) return j < end ? j : -1;
    if (!isNameUnit(c)) {
      // Not a placeholder, unless a `}` further on is not inside the span either: same answer.
      return -1;
    }
  }
  return -1;
}
