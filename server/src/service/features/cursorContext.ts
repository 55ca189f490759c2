import type { Scalar } from 'yaml';
import { textOf } from '../edit/scalarEdit';
import { flowAround, inFlow } from '../edit/scalarPlace';
import type { ScriptModel } from '../parse/scriptModel';
import { astHit, type AstHit, type PathSegment } from './astPath';
import { enclosingPath, lineShape, lineStart, lineText, type LineShape } from './yamlLines';

/** How the text at the cursor is written, which decides how inserted text is escaped. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/** Where the cursor is, in terms of the document's structure. */
export interface CursorContext {
  /**
   * Keys and item indexes from the root. For a value: down to its key or index
   * (`['steps', 3, 'agent']`); for a key: down to the mapping it belongs to (`['steps', 3]`).
   * Items found by the line scan are -1.
   */
  path: PathSegment[];
  slot: 'key' | 'value';
  /** The text being typed follows a `- ` item marker directly. */
  itemStart: boolean;
  /** Where the text being typed starts: completions replace from here to `end`. */
  start: number;
  offset: number;
  /** The cursor, or the end of the key it is in. */
  end: number;
  line: number;
  /** Column of the key or item being typed. */
  column: number;
  style: ScalarStyle;
  /** A value typed right after `key:` with no space yet. */
  needsSpace: boolean;
  /** The text being typed stands inside a flow collection (`[...]`, `{...}`). */
  flow: boolean;
  /**
   * For a plain value that may be rewritten quoted as a whole (it starts at `start` and
   * stays on one line): where it ends. Quoting must take in its text after the cursor.
   */
  plainEnd?: number;
  /** Indentation of the current line, for line breaks inserted into a block scalar. */
  indent: string;
}

function styleOf(node: Scalar): ScalarStyle {
  switch (node.type) {
    case 'QUOTE_SINGLE':
      return 'single';
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return 'block';
    default:
      return 'plain';
  }
}

/** A value typed after a quote that the parser did not close is still written in that style. */
function openQuote(model: ScriptModel, start: number, offset: number): ScalarStyle {
  const first = model.text[start];
  return start < offset && first === "'" ? 'single' : start < offset && first === '"' ? 'double' : 'plain';
}

/**
 * Drops a hit on a quoted or plain scalar that the parser ran on from an earlier line over
 * a line that looks like a key or an item, in a document with syntax errors: that is a
 * quote left open above the line being typed, and the line itself tells more.
 */
function unlessRunaway(
  model: ScriptModel,
  hit: AstHit | undefined,
  lineFrom: number,
  shape: LineShape,
): AstHit | undefined {
  if (!hit || hit.isKey || styleOf(hit.node) === 'block' || hit.node.range![0] >= lineFrom) return hit;
  const broken = model.syntax.some((p) => !p.warning);
  return broken && (shape.key || shape.dashes.length > 0) ? undefined : hit;
}

/** Whether `offset` falls inside an escape of a quoted scalar (`\\`, `\u60a8`, `''`), where typing would break it. */
function insideEscape(model: ScriptModel, node: Scalar, offset: number): boolean {
  const st = textOf(model, node);
  for (let i = 0; i < st.value.length; i++) if (st.start[i]! < offset && offset < st.end[i]!) return true;
  return false;
}

/** Only blanks or a comment follow `offset` on its line. */
function nothingAfter(model: ScriptModel, offset: number): boolean {
  const rest = /^[^\r\n]*/.exec(model.text.slice(offset, offset + 4096))![0];
  return /^\s*(?:#.*)?$/.test(rest) && (rest.trim() === '' || /^\s/.test(rest));
}

/**
 * The context at `offset`: from the YAML AST when the offset is inside a key or a value,
 * else from the current line (its indentation, markers and the key left of the cursor)
 * and the less indented lines above it. Undefined where nothing can be typed (a block
 * scalar's header line, outside a quoted scalar's quotes or inside one of its escapes, the indentation of a
 * string's second and later lines).
 */
export function cursorContext(model: ScriptModel, offset: number): CursorContext | undefined {
  const { line } = model.positions.position(offset);
  const lineFrom = lineStart(model, line);
  const before = model.text.slice(lineFrom, offset);
  const shape = lineShape(before);
  const hit = unlessRunaway(model, astHit(model.doc, offset), lineFrom, shape);
  const indent = /^[ \t]*/.exec(before)![0];
  const base = { offset, end: offset, line, needsSpace: false, indent };

  if (hit?.isKey) {
    const [start, end] = hit.node.range!;
    const itemStart = shape.dashes.length > 0 && shape.column === start - lineFrom;
    return {
      ...base,
      end,
      path: hit.path,
      slot: 'key',
      itemStart,
      start,
      column: start - lineFrom,
      style: 'plain',
      flow: inFlow(model.doc, hit.node),
    };
  }
  if (hit) {
    const style = styleOf(hit.node);
    const [from] = hit.node.range!;
    if (style === 'single' || style === 'double') {
      let close = hit.node.range![1] - 1;
      while (close > from && /\s/.test(model.text[close]!)) close--;
      const closed = close > from && model.text[close] === model.text[from];
      if (offset <= from || (closed && offset > close) || insideEscape(model, hit.node, offset)) return undefined;
    }
    let start = style === 'single' || style === 'double' ? from + 1 : from;
    if (style === 'block') {
      const header = model.text.indexOf('\n', from);
      if (header === -1 || offset <= header) return undefined;
      start = header + 1;
      const content = /^(?:[ \t]*\r?\n)*([ ]*)\S/.exec(model.text.slice(start, hit.node.range![1]));
      if (content && offset - lineFrom < content[1]!.length) return undefined;
    }
    const lineContent = lineFrom + (before.length - before.trimStart().length);
    if (from < lineFrom && offset - lineFrom < /^[ \t]*/.exec(lineText(model, line))![0].length) return undefined;
    start = Math.min(Math.max(start, lineContent), offset);
    const itemStart = typeof hit.path[hit.path.length - 1] === 'number' && shape.column === start - lineFrom;
    const [, valueEnd] = hit.node.range!;
    const oneLine = style === 'plain' && start === from && !/[\r\n]/.test(model.text.slice(from, valueEnd));
    return {
      ...base,
      path: hit.path,
      slot: 'value',
      itemStart,
      start,
      column: shape.column,
      style,
      needsSpace: model.text[start - 1] === ':',
      flow: inFlow(model.doc, hit.node),
      ...(oneLine ? { plainEnd: Math.max(offset, valueEnd) } : {}),
    };
  }
  if (flowAround(model.doc, offset)) {
    if (!/^\s*[,\]}]/.test(model.text.slice(offset, offset + 200))) return undefined;
    const path = shape.key
      ? [...enclosingPath(model, line, shape.key.column, shape.dashes), shape.key.name]
      : enclosingPath(model, line, shape.column, shape.dashes);
    return {
      ...base,
      path,
      slot: 'value',
      itemStart: false,
      start: offset,
      column: shape.column,
      style: 'plain',
      needsSpace: model.text[offset - 1] === ':',
      flow: true,
      plainEnd: offset,
    };
  }

  if (shape.key) {
    const start = lineFrom + shape.key.valueColumn;
    const value = start < offset ? astHit(model.doc, start) : undefined;
    const closedQuote =
      value && !value.isKey && (value.node.type === 'QUOTE_SINGLE' || value.node.type === 'QUOTE_DOUBLE');
    if (closedQuote && value.node.range![1] < offset) return undefined;
    if (!nothingAfter(model, offset) && !/^\s*#/.test(model.text.slice(offset, offset + 200))) return undefined;
    const quoted = openQuote(model, start, offset);
    return {
      ...base,
      path: [...enclosingPath(model, line, shape.key.column, shape.dashes), shape.key.name],
      slot: 'value',
      itemStart: false,
      start: quoted === 'plain' ? start : start + 1,
      column: shape.key.column,
      style: quoted,
      needsSpace: model.text[start - 1] === ':',
      flow: false,
      ...(quoted === 'plain' && nothingAfter(model, offset) ? { plainEnd: offset } : {}),
    };
  }
  const path = enclosingPath(model, line, shape.column, shape.dashes);
  const start = lineFrom + shape.column;
  const quoted = openQuote(model, start, offset);
  return {
    ...base,
    path,
    slot: 'key',
    itemStart: shape.dashes.length > 0,
    start: quoted === 'plain' ? start : start + 1,
    column: shape.column,
    style: quoted,
    flow: false,
  };
}

/** Source text of the current line, for features that look left of the cursor. */
export function textBefore(model: ScriptModel, offset: number): string {
  const { line } = model.positions.position(offset);
  return lineText(model, line).slice(0, offset - lineStart(model, line));
}
