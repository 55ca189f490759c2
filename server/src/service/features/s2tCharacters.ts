import { s2tData } from '../text/s2tData';
import { s2tTableOf } from '../text/s2tPairs';

let s2t: Map<number, string> | undefined;

/** The Simplified-to-Traditional character table, by code point (some targets are outside the BMP). */
export function characterTable(): Map<number, string> {
  s2t ??= s2tTableOf(s2tData());
  return s2t;
}
