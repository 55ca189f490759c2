import type { Scalar } from 'yaml';
import { isSpaceUnit } from '../text/codeUnits';

/**
 * The text of one YAML scalar with, for every UTF-16 unit of its value, the source span
 * it came from. Escapes (`\u4e0d`, `''`), folded line breaks and block indentation are
 * accounted for, so a range found in `value` maps back to exactly the source that wrote it.
 */
export interface ScalarText {
  /** The scalar's value, as the YAML library parsed it. */
  readonly value: string;
  /** Source offset where value unit `i` starts. */
  readonly start: Int32Array;
  /** Source offset where value unit `i` ends. */
  readonly end: Int32Array;
  /** Where the scalar's content begins and ends in the source. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** False when the value could not be aligned with its source; offsets then cover the whole scalar. */
  readonly exact: boolean;
  /**
   * What the check found in this string, kept for as long as the string is unchanged (a piece
   * reused by the incremental parse keeps its ScalarText). Written by the check alone
   * (rules/stringCache.ts): a slot on the text rather than a table beside it.
   */
  checked: unknown;
}

/** One piece of source that produces `text` (possibly empty) in the value. */
interface Unit {
  text: string;
  start: number;
  end: number;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

function* plainUnits(src: string, from: number, to: number): Generator<Unit> {
  for (let i = from; i < to; i++) yield { text: src[i]!, start: i, end: i + 1 };
}

function* singleQuotedUnits(src: string, from: number, to: number): Generator<Unit> {
  for (let i = from; i < to; i++) {
    if (src[i] === "'" && src[i + 1] === "'") {
      yield { text: "'", start: i, end: i + 2 };
      i++;
    } else {
      yield { text: src[i]!, start: i, end: i + 1 };
    }
  }
}

function* doubleQuotedUnits(src: string, from: number, to: number): Generator<Unit> {
  for (let i = from; i < to; i++) {
    const ch = src[i]!;
    if (ch !== '\\' || i + 1 >= to) {
      yield { text: ch, start: i, end: i + 1 };
      continue;
    }
    const next = src[i + 1]!;
    if (next === '\n' || next === '\r') {
      let j = i + 1;
      if (src[j] === '\r' && src[j + 1] === '\n') j++;
      yield { text: '', start: i, end: j + 1 };
      i = j;
    } else if (next in SIMPLE_ESCAPES) {
      yield { text: SIMPLE_ESCAPES[next]!, start: i, end: i + 2 };
      i++;
    } else if (next in HEX_ESCAPES) {
      const digits = HEX_ESCAPES[next]!;
      const hex = src.slice(i + 2, i + 2 + digits);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : NaN;
      const text = Number.isNaN(code) || code > 0x10ffff ? src.slice(i, i + 2 + digits) : String.fromCodePoint(code);
      yield { text, start: i, end: Math.min(to, i + 2 + digits) };
      i += 1 + digits;
    } else {
      yield { text: src.slice(i, i + 2), start: i, end: i + 2 };
      i++;
    }
  }
}

const isSpace = (ch: string) => /\s/.test(ch);

/** The content span of a scalar's source, without quotes or block header. */
function contentSpan(src: string, node: Scalar): [number, number] {
  const [start, valueEnd] = node.range!;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return [start + 1, Math.max(start + 1, valueEnd - 1)];
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const nl = src.indexOf('\n', start);
      return [nl === -1 || nl >= valueEnd ? valueEnd : nl + 1, valueEnd];
    }
    default:
      return [start, valueEnd];
  }
}

/**
 * Aligns the parsed value with the source units. Non-space value characters consume source
 * units one by one; spaces and line breaks made by folding take the position of the next
 * unit. Returns undefined where the two disagree (which the tests show never happens).
 */
function align(value: string, units: Unit[], contentStart: number, contentEnd: number): ScalarText | undefined {
  const start = new Int32Array(value.length);
  const end = new Int32Array(value.length);
  let u = 0;
  let pending = '';
  let pendingStart = contentStart;
  let pendingEnd = contentStart;
  for (let i = 0; i < value.length;) {
    if (pending === '') {
      while (u < units.length && (units[u]!.text === '' || isSpace(units[u]!.text))) {
        if (units[u]!.text !== '' && units[u]!.text === value[i]) break;
        u++;
      }
      if (u < units.length) {
        pending = units[u]!.text;
        pendingStart = units[u]!.start;
        pendingEnd = units[u]!.end;
        u++;
      }
    }
    const ch = value[i]!;
    if (pending !== '' && pending[0] === ch) {
      start[i] = pendingStart;
      end[i] = pendingEnd;
      pending = pending.slice(1);
      i++;
      continue;
    }
    if (!isSpace(ch)) return undefined;
    const at = pending !== '' ? pendingStart : u < units.length ? units[u]!.start : contentEnd;
    start[i] = at;
    end[i] = at;
    i++;
  }
  return { value, start, end, contentStart, contentEnd, exact: true, checked: undefined };
}

function valueOf(src: string, node: Scalar, from: number, to: number): string {
  return typeof node.value === 'string'
    ? node.value
    : node.value === null || node.value === undefined
      ? ''
      : src.slice(from, to);
}

/**
 * `align` for units of one source character each (plain and block scalars), read straight from
 * the source: the same walk, without building the units.
 */
function alignPlain(value: string, src: string, contentStart: number, contentEnd: number): ScalarText | undefined {
  const start = new Int32Array(value.length);
  const end = new Int32Array(value.length);
  let u = contentStart;
  /** The source offset of the unit read but not yet matched, or -1. */
  let pending = -1;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (pending < 0) {
      while (u < contentEnd && isSpaceUnit(src.charCodeAt(u))) {
        if (src.charCodeAt(u) === ch) break;
        u++;
      }
      if (u < contentEnd) pending = u++;
    }
    if (pending >= 0 && src.charCodeAt(pending) === ch) {
      start[i] = pending;
      end[i] = pending + 1;
      pending = -1;
      continue;
    }
    if (!isSpaceUnit(ch)) return undefined;
    const at = pending >= 0 ? pending : u < contentEnd ? u : contentEnd;
    start[i] = at;
    end[i] = at;
  }
  return { value, start, end, contentStart, contentEnd, exact: true, checked: undefined };
}

/** Builds the ScalarText of `node` (a scalar parsed from `src` with source ranges). */
export function scalarText(src: string, node: Scalar): ScalarText {
  const [from, to] = contentSpan(src, node);
  const value = valueOf(src, node, from, to);
  // Most strings are written as they read (no escape, fold or indentation): unit i is source i.
  // (A backslash in double quotes is an escape, even one YAML rejects and keeps as written; a
  // quote in single quotes is one, even in a string that the file ends before closing.)
  if (
    to - from === value.length &&
    src.startsWith(value, from) &&
    !(node.type === 'QUOTE_DOUBLE' && value.includes('\\')) &&
    !(node.type === 'QUOTE_SINGLE' && value.includes("'"))
  ) {
    const start = new Int32Array(value.length);
    const end = new Int32Array(value.length);
    for (let i = 0; i < value.length; i++) {
      start[i] = from + i;
      end[i] = from + i + 1;
    }
    return { value, start, end, contentStart: from, contentEnd: to, exact: true, checked: undefined };
  }
  if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') {
    return alignPlain(value, src, from, to) ?? inexact(value, from, to);
  }
  return scalarTextByUnits(src, node);
}

/**
 * scalarText read unit by unit through the scalar's escapes, folds and indentation: the general
 * way, which the shortcuts above must agree with (scalarText.test.ts).
 */
export function scalarTextByUnits(src: string, node: Scalar): ScalarText {
  const [from, to] = contentSpan(src, node);
  const value = valueOf(src, node, from, to);
  const units =
    node.type === 'QUOTE_DOUBLE'
      ? [...doubleQuotedUnits(src, from, to)]
      : node.type === 'QUOTE_SINGLE'
        ? [...singleQuotedUnits(src, from, to)]
        : [...plainUnits(src, from, to)];
  return align(value, units, from, to) ?? inexact(value, from, to);
}

/**
 * The ScalarText of `node` in a source that never changes (a whole file read once, as the CLI
 * reads it): its value at once, its source map made on first use. A check reads the map only
 * where it reports, so most strings never make theirs. Equal in every field to scalarText.
 * Not for pieces the editor's incremental parse moves (parseCache.ts shifts their maps).
 */
export function lazyScalarText(src: string, node: Scalar): ScalarText {
  return new LazyScalarText(src, node);
}

class LazyScalarText implements ScalarText {
  readonly value: string;
  readonly contentStart: number;
  readonly contentEnd: number;
  checked: unknown = undefined;
  private made: ScalarText | undefined = undefined;

  constructor(
    private readonly src: string,
    private readonly node: Scalar,
  ) {
    const [from, to] = contentSpan(src, node);
    this.value = valueOf(src, node, from, to);
    this.contentStart = from;
    this.contentEnd = to;
  }

  private map(): ScalarText {
    return (this.made ??= scalarText(this.src, this.node));
  }
  get start(): Int32Array {
    return this.map().start;
  }
  get end(): Int32Array {
    return this.map().end;
  }
  get exact(): boolean {
    return this.map().exact;
  }
}

/** A value that could not be aligned with its source: every unit covers the whole content. */
function inexact(value: string, from: number, to: number): ScalarText {
  const start = new Int32Array(value.length).fill(from);
  const end = new Int32Array(value.length).fill(to);
  return { value, start, end, contentStart: from, contentEnd: to, exact: false, checked: undefined };
}
