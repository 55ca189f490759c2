import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver';
import { localize, type Locale, type Message } from '../service';
import { serverMessages as M } from './messages';

/** Files over this size are not checked (the CLI's limit too). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a text is not checked: a message and its arguments. */
export interface TextProblem {
  message: Message;
  args: Record<string, string>;
}

/** The text of a file on disk, or why it cannot be checked. */
export type ReadResult = { text: string } | { problem: TextProblem; missing?: boolean };

function tooLarge(bytes: number): TextProblem {
  return { message: M.tooLarge, args: { size: (bytes / 1048576).toFixed(1), limit: String(MAX_FILE_BYTES / 1048576) } };
}

/** The problem of an editor buffer that is too large or binary, if any. */
export function textProblem(text: string): TextProblem | undefined {
  // A UTF-16 unit is 1 to 3 bytes in UTF-8: count the bytes only when the length leaves it open.
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length);
  if (text.length > MAX_FILE_BYTES / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_FILE_BYTES) return tooLarge(bytes);
  }
  if (text.includes('\u0000')) return { message: M.binary, args: {} };
  return undefined;
}

/** Reads a script file without loading files over the size limit. */
export async function readScriptFile(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    // A FIFO or a device would block a thread of the pool or never end.
    if (!info.isFile()) return { problem: { message: M.notAFile, args: {} } };
    if (info.size > MAX_FILE_BYTES) return { problem: tooLarge(info.size) };
    const bytes = await readFile(path);
    if (bytes.includes(0)) return { problem: { message: M.binary, args: {} } };
    if (!isUtf8(bytes)) return { problem: { message: M.notUtf8, args: {} } };
    const text = bytes.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: { message: M.unreadable, args: { path, reason: code ?? (e as Error).message } }, missing: code === 'ENOENT' };
  }
}

/** The problem of a text the checker failed on. */
export function checkFailure(error: unknown): TextProblem {
  return { message: M.checkFailed, args: { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } };
}

/** The one diagnostic, at 0:0, that says why a file was not checked. */
export function problemDiagnostic(problem: TextProblem, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 2,
    source: 'huashu',
    message: localize(problem.message, locale, problem.args),
  };
}
