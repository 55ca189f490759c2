import { CharClass, QUOTE_CLOSE, QUOTE_OPEN, classOf, foldForMatch, foldWords } from '../text/fold';
import { BARRIER } from './nfa';

/**
 * A text as the matcher reads it: its letters and ideographs folded for matching, each run of
 * clause punctuation as one BARRIER unit, everything else left out. `src` maps each unit back
 * to its offset in the text; `quoted` says whether it stands inside a quotation.
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

export function tokenize(text: string): Tokens {
  const codes = new Int32Array(text.length);
  const src = new Int32Array(text.length);
  const quoted = new Uint8Array(text.length);
  let n = 0;
  let depth = 0;
  let straight = false;
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
    if (n > 0 && codes[n - 1] !== BARRIER) {
      codes[n] = BARRIER;
      src[n] = i;
      n++;
    }
  }
  foldWords(codes, n);
  return { codes, src, quoted, length: n };
}
