import type { ScriptModel } from '../parse/scriptModel';

/**
 * The block structure at the start of one source line: `- ` item markers and a `key:`.
 * Used where the YAML AST has nothing at the cursor (a blank line, a half-typed line),
 * since block YAML nests by indentation alone.
 */
export interface LineShape {
  /** Blank or only a comment. */
  blank: boolean;
  indent: number;
  /** Columns of the `- ` item markers, left to right. */
  dashes: number[];
  /** Column where the content after the markers starts. */
  column: number;
  /** The `key:` that the content starts with, if any. */
  key?: { name: string; column: number; valueColumn: number };
}

/** One `- ` marker (or a lone `-` at the end), then its spaces. */
const DASH = /^-(?: +|$)/;
/** A block mapping key: plain or quoted, then `:` followed by a space or the end. */
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s:#'"{}[\],&*!|>%@`-][^:]*?|-[^\s:][^:]*?)) *:(?: +|$)/;

export function lineShape(line: string): LineShape {
  let at = 0;
  while (line[at] === ' ') at++;
  const indent = at;
  if (at === line.length || line[at] === '#' || line[at] === '\r')
    return { blank: true, indent, dashes: [], column: indent };
  const dashes: number[] = [];
  for (let m = DASH.exec(line.slice(at)); m; m = DASH.exec(line.slice(at))) {
    dashes.push(at);
    at += m[0].length;
  }
  const m = KEY.exec(line.slice(at));
  if (!m) return { blank: false, indent, dashes, column: at };
  const name = m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3]!.trimEnd();
  return { blank: false, indent, dashes, column: at, key: { name, column: at, valueColumn: at + m[0].length } };
}

/** The text of line `index` (0-based, LSP's lines), without its line break. */
export function lineText(model: ScriptModel, index: number): string {
  return model.text.slice(model.positions.lineStart(index), model.positions.lineEnd(index));
}

export function lineStart(model: ScriptModel, index: number): number {
  return model.positions.lineStart(index);
}

function indentOf(line: string): number {
  let at = 0;
  while (line[at] === ' ') at++;
  return at;
}

/**
 * The keys and items that enclose a node at `column` of line `line`, root first, found by
 * indentation: the markers left of it on its own line, then the nearest less indented lines
 * above. Items are -1: the line scan does not count them.
 */
export function enclosingPath(
  model: ScriptModel,
  line: number,
  column: number,
  dashes: readonly number[],
): (string | number)[] {
  const segments: (string | number)[] = [];
  let col = column;
  for (let i = dashes.length - 1; i >= 0; i--) {
    if (dashes[i]! < col) {
      segments.push(-1);
      col = dashes[i]!;
    }
  }
  for (let l = line - 1; l >= 0 && col > 0; l--) {
    const text = lineText(model, l);
    if (indentOf(text) >= col) continue;
    const shape = lineShape(text);
    if (shape.blank) continue;
    const tokens: Array<{ column: number; segment: string | number }> = shape.dashes.map((d) => ({
      column: d,
      segment: -1,
    }));
    if (shape.key) tokens.push({ column: shape.key.column, segment: shape.key.name });
    for (let t = tokens.length - 1; t >= 0; t--) {
      if (tokens[t]!.column < col) {
        segments.push(tokens[t]!.segment);
        col = tokens[t]!.column;
      }
    }
  }
  return segments.reverse();
}

/**
 * The keys of the block mapping whose keys stand at `column`, around line `line` (which is
 * left out: it is being typed). `startsItem`: the line opens a new `- ` item, so lines above
 * belong to other items.
 */
export function siblingKeys(model: ScriptModel, line: number, column: number, startsItem: boolean): Set<string> {
  const keys = new Set<string>();
  const lineCount = model.positions.lineCount;
  for (let l = line + 1; l < lineCount; l++) {
    const text = lineText(model, l);
    if (indentOf(text) > column) continue;
    const shape = lineShape(text);
    if (shape.blank) continue;
    if (shape.indent < column || shape.dashes.length > 0) break;
    if (shape.key) keys.add(shape.key.name);
  }
  if (startsItem) return keys;
  for (let l = line - 1; l >= 0; l--) {
    const text = lineText(model, l);
    if (indentOf(text) > column) continue;
    const shape = lineShape(text);
    if (shape.blank) continue;
    if (shape.key?.column === column) keys.add(shape.key.name);
    if (shape.column !== column || shape.dashes.length > 0) break;
  }
  return keys;
}
