/**
 * Tests of one UTF-16 code unit that regular expressions would answer, answered once per unit
 * and kept: a hot loop over a text then makes no one-character strings. A lone surrogate is
 * neither a letter nor a space.
 */

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const letters = new Uint8Array(0x10000);
const spaces = new Uint8Array(0x10000);

/** /[\p{L}\p{N}]/u on one code unit. */
export function isLetterUnit(code: number): boolean {
  let known = letters[code]!;
  if (known === 0) letters[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** /\s/ on one code unit. */
export function isSpaceUnit(code: number): boolean {
  let known = spaces[code]!;
  if (known === 0) spaces[code] = known = SPACE.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
