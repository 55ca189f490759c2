import { foldCode } from '../text/fold';
import { MAX_NGRAM, type ToneSpan } from './features';
import { isLetterUnit } from '../text/codeUnits';
import { hashOf, type ToneTable } from './table';

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
    const { size, grams, slots, weights } = table;
    this.bias = table.bias;
    this.threshold = table.threshold;
    this.mask = size - 1;
    this.head = new Int32Array(size);
    this.tail = new Int32Array(size);
    this.weight = new Float64Array(size);
    this.counted = new Uint32Array(size);
    let k = 0;
    for (let n = 1; n <= grams.length; n++) {
      const text = grams[n - 1]!;
      for (let i = 0; i < text.length; i += n, k++) {
        const slot = slots.charCodeAt(k);
        this.head[slot] = (n << 16) | text.charCodeAt(i);
        this.tail[slot] = ((n > 1 ? text.charCodeAt(i + 1) : 0) << 16) | (n > 2 ? text.charCodeAt(i + 2) : 0);
        this.weight[slot] = weights[k]!;
      }
    }
    for (const [key, test] of CUE_TESTS) {
      const cue = table.cues.find(([name]) => name === key);
      if (cue) this.cues.push({ weight: cue[1], test });
    }
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
