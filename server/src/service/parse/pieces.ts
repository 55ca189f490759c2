/**
 * Splitting a script into the pieces that are parsed apart: each top-level key, each turn of
 * `steps`, each scenario. The split follows lines and indentation only, so it holds whatever
 * a piece contains: YAML errors, anchors and aliases, tags, tabs.
 */

/** One piece of the text and how it fits into the script. */
export interface Piece {
  start: number;
  end: number;
  kind: 'top' | 'item' | 'scenario';
}

/**
 * Whether the text has anything that acts on the whole document: directives and document
 * markers. Only a full parse reads those right.
 */
function documentLevel(text: string): boolean {
  return /^(?:---|\.\.\.|%)/.test(text) || text.includes('\n---') || text.includes('\n...') || text.includes('\n%');
}

const KEY_AT = /[A-Za-z_][\w-]*:(?=[ \t\r\n]|$)/y;
const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const DASH = 0x2d;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Starts of YAML's lines of `text`, with text.length as the last entry. YAML breaks lines at
 * `\n` only (a lone `\r` is content), and pieces follow YAML's structure; positions shown to
 * an editor come from PositionMapper, which follows LSP's line breaks.
 */
function yamlLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

/** Offset of the first non-space character of the line at `start` (up to `end`). */
function contentAt(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i;
}

function isBlankOrComment(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  const c = text.charCodeAt(at);
  return c === HASH || c === CR || c === LF;
}

function isKeyAt(text: string, at: number): boolean {
  KEY_AT.lastIndex = at;
  return KEY_AT.test(text);
}

function isItemAt(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== DASH) return false;
  const next = at + 1 < end ? text.charCodeAt(at + 1) : LF;
  return next === SPACE || next === CR || next === LF;
}

/**
 * Splits a script into pieces, or returns undefined when only a full parse is safe. A line
 * indented with a tab (a YAML error) starts no piece: it stays in the piece above it, which
 * reports the error.
 */
export function split(text: string): Piece[] | undefined {
  if (documentLevel(text)) return undefined;
  const starts = yamlLineStarts(text);
  const lineCount = starts.length - 1;
  const tops: Array<{ line: number; key: string }> = [];
  for (let i = 0; i < lineCount; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    const c = text.charCodeAt(start);
    if (isBlankOrComment(text, contentAt(text, start, end), end)) continue;
    // Content before the first key sets the document's indentation: only a full parse reads it.
    if (tops.length === 0 && start !== contentAt(text, start, end)) return undefined;
    if (c === SPACE || c === TAB) continue;
    if (!isKeyAt(text, start)) return undefined;
    tops.push({ line: i, key: text.slice(start, text.indexOf(':', start)) });
  }
  if (tops.length === 0 || new Set(tops.map((t) => t.key)).size !== tops.length) return undefined;

  const pieces: Piece[] = [];
  for (let t = 0; t < tops.length; t++) {
    const top = tops[t]!;
    const first = t === 0 ? 0 : top.line;
    const last = t + 1 < tops.length ? tops[t + 1]!.line : lineCount;
    const kind = top.key === 'steps' ? 'item' : top.key === 'scenarios' ? 'scenario' : undefined;
    const children = kind ? splitChildren(text, starts, top.line + 1, last, kind) : [];
    if (children === undefined) return undefined;
    const headerEnd = children.length > 0 ? children[0]! : last;
    pieces.push({ start: starts[first]!, end: starts[headerEnd]!, kind: 'top' });
    children.forEach((line, j) => {
      const end = j + 1 < children.length ? children[j + 1]! : last;
      pieces.push({ start: starts[line]!, end: starts[end]!, kind: kind! });
    });
  }
  return pieces;
}

/**
 * The lines in [from, to) that start a turn (`-` at the list's indent) or a scenario key;
 * undefined when a scenario key repeats (the full parse reports it).
 */
function splitChildren(
  text: string,
  starts: number[],
  from: number,
  to: number,
  kind: 'item' | 'scenario',
): number[] | undefined {
  let indent = -1;
  const out: number[] = [];
  const names = new Set<string>();
  for (let i = from; i < to; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    const at = contentAt(text, start, end);
    if (isBlankOrComment(text, at, end)) continue;
    if (text.charCodeAt(at) === TAB) {
      if (indent === -1) return [];
      continue;
    }
    const n = at - start;
    const starter = kind === 'item' ? isItemAt(text, at, end) : n > 0 && isKeyAt(text, at);
    if (indent === -1) {
      if (!starter) return [];
      indent = n;
    }
    if (n < indent) return undefined;
    if (n !== indent) continue;
    if (!starter) return undefined;
    if (kind === 'scenario') {
      const name = text.slice(at, text.indexOf(':', at));
      if (names.has(name)) return undefined;
      names.add(name);
    }
    out.push(i);
  }
  return out;
}
