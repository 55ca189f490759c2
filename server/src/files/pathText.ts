import { isUtf8 } from 'node:buffer';

/** The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * A file path in bytes as text to show: UTF-8 where the bytes are UTF-8, each other byte as
 * `\xNN`. Decoding such a name as UTF-8 would turn it into U+FFFD, a name no file has.
 */
export function pathText(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes[i]!);
    const char = bytes.subarray(i, i + n);
    if (n > 0 && char.length === n && isUtf8(char)) {
      out += char.toString('utf8');
      i += n;
    } else {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}
