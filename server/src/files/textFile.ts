import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { describeError } from './describeError';

/** Script files over this size are not checked, by the CLI or the server. */
export const MAX_SCRIPT_BYTES = 10 * 1024 * 1024;

/** Why a file's text is not read: the one list the CLI, the server and the config loader share. */
export type Refusal =
  | { refused: 'notAFile' }
  | { refused: 'tooLarge'; size: number; limit: number }
  | { refused: 'binary' }
  | { refused: 'notUtf8' }
  | { refused: 'unreadable'; reason: string; missing: boolean };

export type TextFile = { text: string } | Refusal;

/** A FIFO or a device would block or never end; a big file is refused before it is read. */
function checkStat(info: Stats, limit: number): Refusal | undefined {
  if (!info.isFile()) return { refused: 'notAFile' };
  if (info.size > limit) return { refused: 'tooLarge', size: info.size, limit };
  return undefined;
}

/** Text from bytes: binary and non-UTF-8 files (GBK would hide its phrases) are refused; a BOM is dropped. */
function decode(bytes: Buffer): TextFile {
  if (bytes.includes(0)) return { refused: 'binary' };
  if (!isUtf8(bytes)) return { refused: 'notUtf8' };
  const text = bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function unreadable(e: unknown): Refusal {
  return {
    refused: 'unreadable',
    reason: describeError(e, 'brief'),
    missing: (e as NodeJS.ErrnoException).code === 'ENOENT',
  };
}

export function readTextFileSync(path: string, limit = MAX_SCRIPT_BYTES): TextFile {
  try {
    return checkStat(statSync(path), limit) ?? decode(readFileSync(path));
  } catch (e) {
    return unreadable(e);
  }
}

export async function readTextFileAsync(path: string, limit = MAX_SCRIPT_BYTES): Promise<TextFile> {
  try {
    return checkStat(await stat(path), limit) ?? decode(await readFile(path));
  } catch (e) {
    return unreadable(e);
  }
}

/** The size arguments of a "too large" message, in MB. */
export function sizeArgs(size: number, limit: number): { size: string; limit: string } {
  return { size: (size / 1048576).toFixed(1), limit: String(limit / 1048576) };
}
