/**
 * Text from files (names, keys, script text, comments) reaches a terminal or a CI log only
 * through these functions. Control characters would act there: an escape sequence sets the
 * window title or clears the screen, and a line break starts a new log line, which CI reads
 * as a command when it starts with `::`. They are shown as escapes instead.
 */

/** C0 controls, DEL, C1 controls, the line and paragraph separators, the bidirectional overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What `JSON.stringify` leaves raw of the above: it escapes C0 controls itself. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** The text with every control character as an escape (`\n`, `\x1b`, `\u009b`, `\u2028`): one line that does nothing. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c < '\u0020' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * A file path to print at the start of a line: visible, and a relative path that does not
 * start with a letter, a digit, `.`, `/`, `\`, `_` or `<` (as `<stdin>`) gets `./` in front. A file named
 * `::error::x.script.yaml` (or ` ##[error]…`) found in the current folder would otherwise
 * start a line that CI reads as a workflow command.
 */
export function visiblePath(path: string): string {
  const shown = visible(path);
  return /^[\p{L}\p{N}./\\_<]/u.test(shown) ? shown : `./${shown}`;
}

/** JSON text with the characters `JSON.stringify` leaves raw written as `\u` escapes: the same data, safe to print. */
export function safeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
