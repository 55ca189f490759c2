/** /[\p{L}\p{N}]/u on one code unit (a lone surrogate is neither), looked up once per unit. */
const letterMemo = new Uint8Array(0x10000);
const LETTER = /[\p{L}\p{N}]/u;
export function isLetterUnit(code: number): boolean {
  let known = letterMemo[code]!;
  if (known === 0) letterMemo[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
