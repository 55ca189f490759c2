import { CharClass, QUOTE_CLOSE, QUOTE_OPEN, classOf, foldForMatch, foldWords } from '../text/fold';
import { BARRIER } from './nfa';

/**
 * A text as the matcher reads it: its letters and ideographs folded for matching, each run of
 * clause punctuation as one BARRIER unit, everything else left out. `src` maps each unit back
 * to its offset in the text; `quoted` says whether it stands inside a quotation that closes
 * (an opening mark never closed, a stray one or one still being typed, quotes nothing).
 */
export interface Tokens {
  codes: Int32Array;
  src: Int32Array;
  quoted: Uint8Array;
  length: number;
}

const OPEN = new Set(Array.from(QUOTE_OPEN, (c) => c.charCodeAt(0)));
const CLOSE = new Set(Array.from(QUOTE_CLOSE, (c) => c.charCodeAt(0)));
const STRAIGHT = '"'.charCodeAt(0);

/** Buffers that tokenize reuses from text to text, grown as needed. */
let buffers: Tokens = { codes: new Int32Array(256), src: new Int32Array(256), quoted: new Uint8Array(256), length: 0 };

/**
 * The units of `text`. The arrays are reused by the next call: a caller reads them before it
 * tokenizes another text.
 */
export function tokenize(text: string): Tokens {
  if (buffers.codes.length < text.length) {
    const size = Math.max(text.length, 2 * buffers.codes.length);
    buffers = { codes: new Int32Array(size), src: new Int32Array(size), quoted: new Uint8Array(size), length: 0 };
  }
  const { codes, src, quoted } = buffers;
  let n = 0;
  let depth = 0;
  let straight = false;
  /** The first unit of the quotation still open, if one is. */
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const code = foldForMatch(raw);
    const cls = classOf(code);
    if (cls === CharClass.Skip) continue;
    if (cls === CharClass.Text) {
      codes[n] = code;
      src[n] = i;
      quoted[n] = depth > 0 || straight ? 1 : 0;
      n++;
      continue;
    }
    if (OPEN.has(raw)) depth++;
    else if (CLOSE.has(raw)) depth = Math.max(0, depth - 1);
    else if (code === STRAIGHT) straight = !straight;
    const inside = depth > 0 || straight;
    if (inside && openAt === -1) openAt = n;
    else if (!inside) openAt = -1;
    if (n > 0 && codes[n - 1] !== BARRIER) {
      codes[n] = BARRIER;
      src[n] = i;
      quoted[n] = 0;
      n++;
    }
  }
  if (openAt !== -1) quoted.fill(0, openAt, n);
  foldWords(codes, n);
  buffers.length = n;
  return buffers;
}
