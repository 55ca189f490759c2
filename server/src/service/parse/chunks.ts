import { Document, isMap, isScalar, isSeq, parseDocument, Pair, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { ScalarText } from './scalarText';

/**
 * Parsing a script in independent pieces: each top-level key, each turn of `steps`, each
 * scenario. A piece whose text is unchanged since the last parse (before or after the edited
 * region) is reused, so an edit re-parses only the pieces it touched. The document built
 * from the pieces has the same shape and ranges as a full parse; anything unusual (anchors,
 * tags, directives, tabs, errors, duplicate keys) takes the full parse instead.
 */

/** One piece of the text and how it fits into the script. */
interface Piece {
  start: number;
  end: number;
  kind: 'top' | 'item' | 'scenario';
}

/** A parsed piece, kept for reuse while its text stays the same. */
interface CachedPiece {
  doc: Document.Parsed;
  offset: number;
  length: number;
  /** Every node of the piece that has a range, to shift them without a visitor. */
  nodes: Node[];
  scalars: Scalar[];
  /** The parse that last took this piece: a piece stands at one place only. */
  generation: number;
  /**
   * An empty value with a comment, or a node with a comment on a line of its own, reaches the
   * end of the piece. In a full parse where that range ends depends on the text that follows
   * (the next token, past its indentation), so the piece fits only at the end of the document.
   */
  endsOpen: boolean;
}

export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/**
 * A copy of a substring that does not keep the whole source alive: slicing a concatenation
 * copies it into a string of its own, and the leading space is sliced off that copy.
 */
function detached(source: string, start: number, end: number): string {
  return (' ' + source.slice(start, end)).slice(1);
}

/** Per-document memory of parsed pieces; create one per open document. */
export class ParseCache {
  private previousText = '';
  /** The pieces of the last parse, and of this one, in text order. */
  private previous: CachedPiece[] = [];
  private current: CachedPiece[] = [];
  /** How many pieces this parse will have: piece j from the end is matched with the old one j from the end. */
  private count = 0;
  private generation = 0;
  /** How much of the text is unchanged since the last parse, from the start and from the end. */
  private prefix = 0;
  private suffix = 0;
  /** Between begin and commit or rollback. */
  private parsing = false;
  /** Scalar texts computed for the pieces' nodes, shifted along with them. */
  readonly texts = new WeakMap<Scalar, ScalarText>();

  /**
   * Starts a parse of `source`: finds the unchanged head and tail, so their pieces need no
   * comparing. A parse that was started and neither committed nor rolled back (it threw) may
   * have shifted old pieces: they are all forgotten.
   */
  begin(source: string): void {
    if (this.parsing) this.rollback();
    this.parsing = true;
    const before = this.previousText;
    const max = Math.min(before.length, source.length);
    let p = 0;
    while (p < max && before.charCodeAt(p) === source.charCodeAt(p)) p++;
    let q = 0;
    while (q < max - p && before.charCodeAt(before.length - 1 - q) === source.charCodeAt(source.length - 1 - q)) q++;
    this.prefix = p;
    this.suffix = q;
  }

  /** Tells how many pieces the text splits into; their takes follow in order. */
  expect(count: number): void {
    this.count = count;
    this.generation++;
  }

  /**
   * The parsed piece for source[start, end), the next in text order: the old piece at the
   * same place from the start or from the end when its text is unchanged (reused, shifted),
   * or a new parse.
   */
  take(source: string, start: number, end: number): CachedPiece {
    const length = end - start;
    const index = this.current.length;
    const fromEnd = this.previous.length - (this.count - index);
    let piece = this.candidate(source, this.previous[index], start, length);
    if (!piece && fromEnd >= 0) piece = this.candidate(source, this.previous[fromEnd], start, length);
    if (piece) {
      if (piece.offset !== start) this.shift(piece, start - piece.offset);
    } else {
      const pieceText = detached(source, start, end);
      const doc = parseDocument(pieceText, PARSE_OPTIONS);
      const nodes: Node[] = [];
      const scalars: Scalar[] = [];
      let endsOpen = false;
      visit(doc, {
        Node(_k, n) {
          if (n.range) nodes.push(n);
          if (isScalar(n)) scalars.push(n);
          if (n !== doc.contents && n.comment && n.range && n.range[2] === length) {
            if (n.range[0] === n.range[1] || pieceText.lastIndexOf('\n', length - 2) >= n.range[1] - 1) endsOpen = true;
          }
        },
      });
      piece = { doc, offset: 0, length, nodes, scalars, generation: 0, endsOpen };
      if (start !== 0) this.shift(piece, start);
    }
    piece.generation = this.generation;
    this.current.push(piece);
    return piece;
  }

  /**
   * The old piece when it can stand for source[start, start + length): its old text at its
   * old offset equals the new text at the new offset. A piece inside the unchanged head at the
   * same offset, or inside the unchanged tail at the same distance from the end, holds that
   * without comparing; any other piece is compared character by character.
   */
  private candidate(
    source: string,
    piece: CachedPiece | undefined,
    start: number,
    length: number,
  ): CachedPiece | undefined {
    if (!piece || piece.length !== length || piece.generation === this.generation) return undefined;
    const end = start + length;
    if (piece.offset === start && end <= this.prefix) return piece;
    const fromEnd = source.length - start;
    if (this.previousText.length - piece.offset === fromEnd && fromEnd <= this.suffix) return piece;
    if (piece.offset + length > this.previousText.length) return undefined;
    return source.startsWith(this.previousText.slice(piece.offset, piece.offset + length), start) ? piece : undefined;
  }

  /** Keeps the pieces of this parse for the next one. */
  commit(source: string): void {
    this.parsing = false;
    this.previousText = source;
    this.previous = this.current;
    this.current = [];
  }

  /** Forgets this parse's pieces after a fallback to the full parse. */
  rollback(): void {
    this.parsing = false;
    this.previousText = '';
    this.previous = [];
    this.current = [];
  }

  private shift(piece: CachedPiece, delta: number): void {
    piece.offset += delta;
    for (const node of piece.nodes) {
      const r = node.range!;
      r[0] += delta;
      r[1] += delta;
      r[2] += delta;
    }
    for (const node of piece.scalars) {
      const t = this.texts.get(node);
      if (!t) continue;
      for (let i = 0; i < t.start.length; i++) {
        t.start[i]! += delta;
        t.end[i]! += delta;
      }
      const mutable = t as { contentStart: number; contentEnd: number };
      mutable.contentStart += delta;
      mutable.contentEnd += delta;
    }
  }
}

/** Whether the text has anything a piecewise parse could get wrong: tabs, directives, document markers, anchors, aliases, tags. */
function unsafe(text: string): boolean {
  if (
    text.includes('\t') ||
    /^(?:---|\.\.\.|%)/.test(text) ||
    text.includes('\n---') ||
    text.includes('\n...') ||
    text.includes('\n%')
  )
    return true;
  for (const mark of ['&', '*', '!']) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
      const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
      const opens =
        before === 0x20 || before === 0x0a || before === 0x0d || before === 0x5b || before === 0x7b || before === 0x2c;
      if (opens && after !== 0x20 && after !== 0x0a && after !== 0x0d) return true;
    }
  }
  return false;
}
const KEY_AT = /[A-Za-z_][\w-]*:(?=[ \t\r\n]|$)/y;
const SPACE = 0x20;
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

/** Splits a script into pieces, or returns undefined when only a full parse is safe. */
function split(text: string): Piece[] | undefined {
  if (unsafe(text)) return undefined;
  const starts = yamlLineStarts(text);
  const lineCount = starts.length - 1;
  const tops: Array<{ line: number; key: string }> = [];
  for (let i = 0; i < lineCount; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    if (text.charCodeAt(start) === SPACE || isBlankOrComment(text, start, end)) continue;
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

/**
 * Widens the range of a collection built from pieces to end where `range` ends, as a full
 * parse gives it: the first piece sets the start.
 */
function extend(collection: YAMLSeq | YAMLMap, range: readonly [number, number, number]): void {
  collection.range = [collection.range ? collection.range[0] : range[0], range[1], range[2]];
}

/** A block mapping's value ends where its last value ends, with that value's comments. */
function endWith(root: YAMLMap, last: YAMLSeq | YAMLMap): void {
  const end = last.range![2];
  extend(root, [end, end, end]);
}

const isEmpty = (node: unknown) => node === null || (isScalar(node) && node.value === null);

export interface PieceParse {
  doc: Document.Parsed;
  /** Scalar texts of reused pieces; store new ones here for the next parse. */
  texts: WeakMap<Scalar, ScalarText>;
}

/**
 * Parses `text` piece by piece through `cache`; undefined when the full parse must be used.
 * The returned document has the same shape and ranges as a full parse.
 */
export function parseInPieces(text: string, cache: ParseCache): PieceParse | undefined {
  cache.begin(text);
  const pieces = split(text);
  if (!pieces) {
    cache.rollback();
    return undefined;
  }
  cache.expect(pieces.length);
  const root = new YAMLMap();
  let list: YAMLSeq | YAMLMap | undefined;
  const fail = () => {
    cache.rollback();
    return undefined;
  };

  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const { doc, endsOpen } = cache.take(text, piece.start, piece.end);
    if (doc.errors.length > 0 || doc.warnings.length > 0) return fail();
    const contents = doc.contents as Node | null;
    if (piece.kind === 'top') {
      if (!isMap(contents) || contents.items.length !== 1) return fail();
      extend(root, contents.range!);
      const pair = contents.items[0]!;
      const hasChildren = pieces[p + 1] !== undefined && pieces[p + 1]!.kind !== 'top';
      if (endsOpen && !hasChildren && p + 1 < pieces.length) return fail();
      if (hasChildren) {
        if (!isEmpty(pair.value)) return fail();
        list = pieces[p + 1]!.kind === 'item' ? new YAMLSeq() : new YAMLMap();
        root.items.push(new Pair(pair.key, list));
      } else {
        list = undefined;
        root.items.push(pair);
      }
    } else if (piece.kind === 'item') {
      if (!isSeq(contents) || contents.items.length !== 1 || !isSeq(list) || (endsOpen && p + 1 < pieces.length))
        return fail();
      list.items.push(contents.items[0]);
      extend(list, contents.range!);
      endWith(root, list);
    } else {
      if (!isMap(contents) || contents.items.length !== 1 || !isMap(list) || (endsOpen && p + 1 < pieces.length))
        return fail();
      list.items.push(contents.items[0]!);
      extend(list, contents.range!);
      endWith(root, list);
    }
  }
  cache.commit(text);
  const doc = new Document() as unknown as Document.Parsed;
  doc.contents = root as Document.Parsed['contents'];
  return { doc, texts: cache.texts };
}
