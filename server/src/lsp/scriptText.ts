import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { describeError } from '../files/describeError';
import { fileMessages } from '../files/messages';
import { realPath } from '../files/realPath';
import { MAX_SCRIPT_BYTES, readTextFileAsync, sizeArgs } from '../files/textFile';
import { isInside, localize, type Locale, type Message } from '../service';
import { serverMessages as M } from './messages';

/** Why a text is not checked: a message and its arguments. */
export interface TextProblem {
  message: Message;
  args: Record<string, string>;
}

/** The text of a file on disk, or why it cannot be checked. */
export type ReadResult = { text: string } | { problem: TextProblem; missing?: boolean };

function tooLarge(bytes: number): TextProblem {
  return { message: M.tooLarge, args: sizeArgs(bytes, MAX_SCRIPT_BYTES) };
}

/** The problem of an editor buffer that is too large or binary, if any. */
export function textProblem(text: string): TextProblem | undefined {
  // A UTF-16 unit is 1 to 3 bytes in UTF-8: count the bytes only when the length leaves it
  // open, and always before reporting a size, so that the size shown is the saved file's.
  if (text.length > MAX_SCRIPT_BYTES / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SCRIPT_BYTES) return tooLarge(bytes);
  }
  if (text.includes('\u0000')) return { message: M.binary, args: {} };
  return undefined;
}

/**
 * Reads a script file without loading files over the size limit. A file inside `folders`
 * (the workspace) that is a symbolic link out of all of them is not read: its text would
 * reach diagnostics, and the scan itself never follows links.
 */
export async function readScriptFile(path: string, folders: readonly string[] = []): Promise<ReadResult> {
  if (folders.some((f) => isInside(f, path))) {
    const target = realPath(path);
    if (!folders.some((f) => isInside(realPath(f), target))) {
      return { problem: { message: fileMessages.linksOutside, args: { target } } };
    }
  }
  const read = await readTextFileAsync(path);
  if ('text' in read) return read;
  switch (read.refused) {
    case 'tooLarge':
      return { problem: tooLarge(read.size) };
    case 'unreadable':
      return { problem: { message: M.unreadable, args: { path, reason: read.reason } }, missing: read.missing };
    default:
      return { problem: { message: M[read.refused], args: {} } };
  }
}

/** The problem of a text the checker failed on. */
export function checkFailure(error: unknown): TextProblem {
  return { message: M.checkFailed, args: { error: describeError(error, 'brief') } };
}

/** The one diagnostic, at 0:0, that says why a file was not checked. */
export function problemDiagnostic(problem: TextProblem, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'huashu',
    message: localize(problem.message, locale, problem.args),
  };
}
