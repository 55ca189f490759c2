import * as yaml from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { PARSE_OPTIONS } from './options';

/**
 * The node classes, read once: in a bundle, each use of an import from a CommonJS package goes
 * through a getter, and the reader makes a node for every key and value.
 */
const { Pair: PairNode, Scalar: ScalarNode, YAMLMap: MapNode, YAMLSeq: SeqNode, parseDocument } = yaml;

/**
 * A reader for the YAML that scripts are written in, much faster than the general parser and
 * building the very same document: the same node classes, values, ranges, source texts, styles
 * and blank-line marks (`spaceBefore`).
 *
 * It reads block mappings with plain keys, block sequences, and scalars written plain on one
 * line, single- or double-quoted on one line, or as literal (`|`) and folded (`>`) blocks, with
 * comments on lines of their own before a key or entry, or after a scalar on its line.
 * Anything else — other comments, a flow collection, an anchor, alias or tag, a multi-line plain or
 * quoted scalar, a tab, a carriage return, a document marker, any YAML error — makes it give up
 * at once, and the general parser reads the text instead (`parseYaml`). Giving up costs only the
 * reading done until then.
 *
 * `quickReader.test.ts` proves it equal to the general parser, node for node, on generated
 * scripts, their random mutations and every script in the repository.
 */

/** Thrown to give up; caught in `readQuickly`. */
const GIVE_UP: unique symbol = Symbol('give up');

const NL = 10;
/** Only ever before NL: a carriage return alone gives up (UNHANDLED). */
const CR = 13;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;

/** Characters that give up when they start a plain scalar or key (YAML indicators and more). */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/**
 * Characters anywhere in the text that the reader does not handle: tabs, control characters, a
 * carriage return that is not part of a CRLF line break, the byte-order mark, and the line breaks
 * YAML 1.1 knew.
 */
const UNHANDLED = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/**
 * First characters of plain scalars that the core schema may read as something other than a
 * string: 1 for numbers and null (`~`), 2 for the words of null and the booleans.
 */
const MAYBE_NOT_STRING = new Uint8Array(128);
for (const c of '0123456789+-.~') MAYBE_NOT_STRING[c.charCodeAt(0)] = 1;
for (const c of 'nNtTfF') MAYBE_NOT_STRING[c.charCodeAt(0)] = 2;
const NOT_STRING_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The general parser's reading of one plain scalar that may not be a string: its value and format. */
function resolvedPlain(source: string): Scalar {
  const contents = parseDocument(source, PARSE_OPTIONS).contents;
  if (!(contents instanceof ScalarNode) || contents.type !== 'PLAIN') throw GIVE_UP;
  return contents;
}

/** A scalar node with its properties set as the general parser sets them, in its order. */
function scalarNode(value: unknown, range: [number, number, number], source: string, type: Scalar.Type): Scalar {
  const scalar = new ScalarNode(value);
  scalar.range = range;
  scalar.source = source;
  scalar.type = type;
  return scalar;
}

/** A line break: LF, or the CR of a CRLF (a CR alone gives up before reading). */
const isBreak = (c: number) => c === NL || c === CR;

class QuickReader {
  private readonly text: string;
  private readonly length: number;
  private readonly schema: Document['schema'];
  /** Always at the start of a line (or the end of the text) between nodes. */
  private pos = 0;
  /** Whether blank lines stand between the last node read and `pos` (before any comment). */
  private blank = false;
  /** Comment lines between the last node read and `pos`, as YAML joins them, and their deepest indentation. */
  private comment: string | undefined;
  private commentIndent = 0;
  /** The line break after the last comment line, which goes before the next one. */
  private commentBreak = '';
  /** Whether the last node read is an empty value (the document then ends where it does). */
  private endsEmpty = false;

  constructor(text: string, schema: Document['schema']) {
    this.text = text;
    this.length = text.length;
    this.schema = schema;
  }

  /** The document's contents and where they start and end. */
  read(): {
    contents: Node;
    start: number;
    end: number;
    documentEnd: number;
    commentBefore: string | null;
    comment: string | null;
  } {
    const commentBefore = this.prelude();
    if (this.pos >= this.length) throw GIVE_UP;
    // An indented collection: a piece of a script the editor re-reads alone (a turn, a scenario).
    // Comments around such a root are left to the general parser.
    const indent = this.indentAt(this.pos);
    if (indent > 0 && (commentBefore !== null || this.comment !== undefined)) throw GIVE_UP;
    // The document starts at the line (as the general parser has it), its contents at the indentation.
    const start = this.pos;
    const at = start + indent;
    const contents = this.isDashLine(at) ? this.sequence(indent) : this.mapping(indent, at);
    this.skipBlank();
    if (this.pos < this.length) throw GIVE_UP;
    // A comment after the content, not indented, is the document's.
    let comment: string | null = null;
    if (this.comment !== undefined) {
      if (this.commentIndent > 0 || this.endsEmpty) throw GIVE_UP;
      comment = this.comment.replace(/(\r?\n)+$/, '');
    }
    const end = contents.range![2];
    return { contents, start, end, documentEnd: this.endsEmpty ? end : this.length, commentBefore, comment };
  }

  /**
   * The comment and blank lines before the content, as YAML reads them: comment lines joined by
   * LF (two after a blank line). A blank line after the comment makes it the document's, returned;
   * else it goes before the first key or entry.
   */
  private prelude(): string | null {
    const text = this.text;
    let comment = '';
    let afterEmptyLine = false;
    let p = 0;
    while (p < this.length) {
      let q = p;
      while (text.charCodeAt(q) === SPACE) q++;
      if (q < this.length && text.charCodeAt(q) === HASH) {
        const lineEnd = this.lineEnd(q);
        comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + this.commentText(q, lineEnd);
        if (q - p > this.commentIndent) this.commentIndent = q - p;
        afterEmptyLine = false;
        p = this.afterLine(lineEnd);
        continue;
      }
      if (q < this.length && !isBreak(text.charCodeAt(q))) break;
      afterEmptyLine = true;
      p = this.afterLine(q);
    }
    this.pos = p;
    if (comment === '') return null;
    if (afterEmptyLine) return comment;
    this.comment = comment;
    return null;
  }

  /**
   * Moves past blank lines (empty or spaces only) and comment lines, noting them as YAML does:
   * a blank line before any comment marks the next node (`spaceBefore`); the comment goes before
   * the next node, with the line break after each comment line between them, and the line break
   * of each blank line after it.
   */
  private skipBlank(): void {
    const text = this.text;
    let p = this.pos;
    while (p < this.length) {
      let q = p;
      while (text.charCodeAt(q) === SPACE) q++;
      if (q < this.length && text.charCodeAt(q) === HASH) {
        const lineEnd = this.lineEnd(q);
        const line = this.commentText(q, lineEnd);
        if (this.comment === undefined) {
          this.comment = line;
          this.commentIndent = q - p;
        } else {
          this.comment += this.commentBreak + line;
          if (q - p > this.commentIndent) this.commentIndent = q - p;
        }
        p = this.afterLine(lineEnd);
        this.commentBreak = text.slice(lineEnd, p);
        continue;
      }
      if (q < this.length && !isBreak(text.charCodeAt(q))) break;
      // Spaces that end the text without a line break are no blank line to YAML.
      if (q >= this.length) {
        p = q;
        break;
      }
      const after = this.afterLine(q);
      if (this.comment === undefined) this.blank = true;
      else this.comment += text.slice(q, after);
      p = after;
    }
    this.pos = p;
  }

  /**
   * The comment before the node at `indent`, taken. A comment indented deeper belongs to what
   * came before (a scalar's comment or a collection's end), which is not read here.
   */
  private takeComment(indent: number): string | undefined {
    const comment = this.comment;
    if (comment === undefined) return undefined;
    if (this.commentIndent > indent) throw GIVE_UP;
    this.comment = undefined;
    return comment;
  }

  /** The text of the comment whose `#` is at `hash`, as YAML keeps it: a space for an empty one. */
  private commentText(hash: number, lineEnd: number): string {
    return this.text.slice(hash + 1, lineEnd) || ' ';
  }

  /** Moves to `p`, past what a node read. */
  private consumed(p: number): void {
    if (this.comment !== undefined) throw GIVE_UP;
    this.pos = p;
    this.blank = false;
    this.endsEmpty = false;
  }

  private indentAt(p: number): number {
    let q = p;
    while (this.text.charCodeAt(q) === SPACE) q++;
    return q - p;
  }

  /** Whether the text at p (a line's content) is a sequence entry: a dash then a space or line end. */
  private isDashLine(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const next = this.text.charCodeAt(p + 1);
    return next === SPACE || isBreak(next) || p + 1 >= this.length;
  }

  /** Where the line holding p ends: at its line break (LF or CRLF), or the end of the text. */
  private lineEnd(p: number): number {
    const end = this.text.indexOf('\n', p);
    if (end === -1) return this.length;
    return this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
  }

  /** Past the line break at `lineEnd`. */
  private afterLine(lineEnd: number): number {
    if (lineEnd >= this.length) return lineEnd;
    return this.text.charCodeAt(lineEnd) === CR ? lineEnd + 2 : lineEnd + 1;
  }

  /** A document marker (`---`, `...`) at the start of the line at p. */
  private isMarker(p: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(p);
    if ((c !== DASH && c !== 46) || text.charCodeAt(p + 1) !== c || text.charCodeAt(p + 2) !== c) return false;
    const next = text.charCodeAt(p + 3);
    return p + 3 >= this.length || next === SPACE || isBreak(next);
  }

  /** A block mapping whose lines start at `indent`; its first key starts at `keyStart`. */
  private mapping(indent: number, keyStart: number): YAMLMap {
    const text = this.text;
    const map = new MapNode(this.schema);
    const items = map.items as Pair[];
    let spaceBefore = false;
    let comment = this.takeComment(indent);
    let start = keyStart;
    let end = keyStart;
    for (;;) {
      if (indent === 0 && this.isMarker(start)) throw GIVE_UP;
      const key = this.key(start);
      if (spaceBefore) key.spaceBefore = true;
      if (comment !== undefined) key.commentBefore = comment;
      for (let i = 0; i < items.length; i++) if ((items[i]!.key as Scalar).value === key.value) throw GIVE_UP;
      let p = key.range![1] + 1;
      while (text.charCodeAt(p) === SPACE) p++;
      let value: Node;
      if (p >= this.length || isBreak(text.charCodeAt(p))) {
        value = this.valueBelow(indent, p, true);
      } else {
        if (text.charCodeAt(p) === HASH) throw GIVE_UP;
        value = this.inline(p, indent);
      }
      items.push(new PairNode(key, value));
      end = value.range![2];
      const empty = this.endsEmpty;
      this.skipBlank();
      const lineIndent = this.pos < this.length ? this.indentAt(this.pos) : -1;
      if (lineIndent < indent) {
        // Blank lines after an empty last value belong to that value.
        if (empty && (this.blank || this.comment !== undefined)) {
          if (this.comment !== undefined) throw GIVE_UP;
          value.spaceBefore = true;
          this.blank = false;
        }
        break;
      }
      if (lineIndent > indent) throw GIVE_UP;
      start = this.pos + indent;
      if (this.isDashLine(start)) break;
      spaceBefore = this.blank;
      comment = this.takeComment(indent);
    }
    map.range = [keyStart, end, end];
    return map;
  }

  /** A plain key from `start` to its colon, which a space or the line end follows. */
  private key(start: number): Scalar {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first < 128 && INDICATOR[first]) throw GIVE_UP;
    let p = start;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === COLON) {
        const next = text.charCodeAt(p + 1);
        if (next === SPACE || isBreak(next) || p + 1 >= this.length) break;
      } else if (isBreak(c) || p >= this.length || (c === HASH && text.charCodeAt(p - 1) === SPACE)) {
        throw GIVE_UP;
      }
      p++;
    }
    if (text.charCodeAt(p - 1) === SPACE || p - start > 1024) throw GIVE_UP;
    return this.plainScalar(start, p, p);
  }

  /**
   * The value of a key or sequence entry whose line ends at `lineEnd` right after its indicator:
   * a collection on the lines below, or nothing.
   */
  private valueBelow(indent: number, lineEnd: number, inMapping: boolean): Node {
    this.consumed(this.afterLine(lineEnd));
    this.skipBlank();
    if (this.pos < this.length) {
      const lineIndent = this.indentAt(this.pos);
      const at = this.pos + lineIndent;
      const below = lineIndent > indent || (lineIndent === indent && inMapping && this.isDashLine(at));
      if (below) {
        // Blank lines before it mark a key's collection, but not an entry's.
        if ((this.blank || this.comment !== undefined) && !inMapping) throw GIVE_UP;
        const spaceBefore = this.blank;
        const comment = this.takeComment(lineIndent);
        const node = this.isDashLine(at) ? this.sequence(lineIndent) : this.mapping(lineIndent, at);
        if (spaceBefore) node.spaceBefore = true;
        if (comment !== undefined) node.commentBefore = comment;
        return node;
      }
    }
    if (this.comment !== undefined) throw GIVE_UP;
    this.endsEmpty = true;
    return this.emptyScalar(lineEnd);
  }

  /** A block sequence whose dashes stand at `indent`. */
  private sequence(indent: number): YAMLSeq {
    const text = this.text;
    const seq = new SeqNode(this.schema);
    const items = seq.items as Node[];
    const start = this.pos + indent;
    let spaceBefore = false;
    let comment = this.takeComment(indent);
    let end = start;
    for (;;) {
      const dash = this.pos + indent;
      let p = dash + 1;
      while (text.charCodeAt(p) === SPACE) p++;
      let item: Node;
      if (p >= this.length || isBreak(text.charCodeAt(p))) {
        // YAML adds the line break after the dash to a comment before it: not read here.
        if (comment !== undefined) throw GIVE_UP;
        item = this.valueBelow(indent, p, false);
      } else {
        const c = text.charCodeAt(p);
        if (c === HASH || (c === DASH && this.isDashLine(p))) throw GIVE_UP;
        item = this.startsMapping(p) ? this.mapping(p - this.lineStart(p), p) : this.inline(p, indent);
      }
      if (spaceBefore) item.spaceBefore = true;
      if (comment !== undefined) item.commentBefore = comment;
      items.push(item);
      end = item.range![2];
      const empty = this.endsEmpty;
      this.skipBlank();
      if (empty && (this.blank || this.comment !== undefined)) throw GIVE_UP;
      if (this.pos >= this.length) break;
      const lineIndent = this.indentAt(this.pos);
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw GIVE_UP;
      if (!this.isDashLine(this.pos + indent)) {
        // A comment as deep as the entries, where they end, is the sequence's own: not read here.
        if (this.comment !== undefined && this.commentIndent >= indent) throw GIVE_UP;
        break;
      }
      spaceBefore = this.blank;
      comment = this.takeComment(indent);
    }
    seq.range = [start, end, end];
    return seq;
  }

  private lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /** Whether a sequence entry's content at p is a `key: value` pair (a compact mapping). */
  private startsMapping(p: number): boolean {
    const text = this.text;
    const first = text.charCodeAt(p);
    if (first === DQUOTE || first === SQUOTE) return false;
    for (let q = p; q < this.length; q++) {
      const c = text.charCodeAt(q);
      if (isBreak(c)) return false;
      if (c === COLON) {
        const next = text.charCodeAt(q + 1);
        if (next === SPACE || isBreak(next) || q + 1 >= this.length) return true;
      }
      if (c === HASH && text.charCodeAt(q - 1) === SPACE) return false;
    }
    return false;
  }

  /** A scalar that starts on the line of its key or dash, at p; `indent` is its parent's. */
  private inline(p: number, indent: number): Scalar {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE) return this.doubleQuoted(p);
    if (c === SQUOTE) return this.singleQuoted(p);
    if (c === 124 || c === 62) return this.block(p, indent);
    if (c < 128 && INDICATOR[c]) throw GIVE_UP;
    return this.plainLine(p);
  }

  private plainLine(start: number): Scalar {
    const text = this.text;
    let p = start;
    let last = start;
    let hash = -1;
    for (; p < this.length; p++) {
      const c = text.charCodeAt(p);
      if (isBreak(c)) break;
      if (c === SPACE) continue;
      if (c === COLON) {
        const next = text.charCodeAt(p + 1);
        if (next === SPACE || isBreak(next) || p + 1 >= this.length) throw GIVE_UP;
      } else if (c === HASH && text.charCodeAt(p - 1) === SPACE) {
        hash = p;
        p = this.lineEnd(p);
        break;
      }
      last = p;
    }
    const end = this.afterLine(p);
    this.consumed(end);
    const scalar = this.plainScalar(start, last + 1, end);
    if (hash !== -1) scalar.comment = this.commentText(hash, p);
    return scalar;
  }

  private plainScalar(start: number, valueEnd: number, end: number): Scalar {
    const source = this.text.slice(start, valueEnd);
    const first = source.charCodeAt(0);
    const maybe = first < 128 ? MAYBE_NOT_STRING[first] : 0;
    if (maybe === 1 || (maybe === 2 && NOT_STRING_WORDS.has(source))) {
      return this.fromGeneral(source, start, valueEnd, end);
    }
    return scalarNode(source, [start, valueEnd, end], source, 'PLAIN');
  }

  /** A plain scalar the schema may read as a number, boolean or null: read as the general parser reads it. */
  private fromGeneral(source: string, start: number, valueEnd: number, end: number): Scalar {
    const general = resolvedPlain(source);
    const scalar = scalarNode(general.value, [start, valueEnd, end], source, 'PLAIN');
    if (general.format !== undefined) scalar.format = general.format;
    if (general.minFractionDigits !== undefined) scalar.minFractionDigits = general.minFractionDigits;
    return scalar;
  }

  private emptyScalar(at: number): Scalar {
    return scalarNode(null, [at, at, at], '', 'PLAIN');
  }

  private quoted(start: number, close: number, value: string, type: Scalar.Type): Scalar {
    const text = this.text;
    // After the closing quote: spaces, and a comment after at least one.
    let p = close + 1;
    while (text.charCodeAt(p) === SPACE) p++;
    let comment: string | undefined;
    if (p < this.length && !isBreak(text.charCodeAt(p))) {
      if (text.charCodeAt(p) !== HASH || p === close + 1) throw GIVE_UP;
      const lineEnd = this.lineEnd(p);
      comment = this.commentText(p, lineEnd);
      p = lineEnd;
    }
    const end = this.afterLine(p);
    this.consumed(end);
    const scalar = scalarNode(value, [start, close + 1, end], value, type);
    if (comment !== undefined) scalar.comment = comment;
    return scalar;
  }

  private singleQuoted(start: number): Scalar {
    const text = this.text;
    let value = '';
    let from = start + 1;
    let p = from;
    for (;;) {
      const c = text.charCodeAt(p);
      if (p >= this.length || isBreak(c)) throw GIVE_UP;
      if (c === SQUOTE) {
        if (text.charCodeAt(p + 1) !== SQUOTE) break;
        value += text.slice(from, p + 1);
        p += 2;
        from = p;
        continue;
      }
      p++;
    }
    value += text.slice(from, p);
    return this.quoted(start, p, value, 'QUOTE_SINGLE');
  }

  private doubleQuoted(start: number): Scalar {
    const text = this.text;
    let value = '';
    let from = start + 1;
    let p = from;
    for (;;) {
      const c = text.charCodeAt(p);
      if (p >= this.length || isBreak(c)) throw GIVE_UP;
      if (c === DQUOTE) break;
      if (c !== BACKSLASH) {
        p++;
        continue;
      }
      value += text.slice(from, p);
      const e = text.charAt(p + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        value += simple;
        p += 2;
      } else {
        const digits = HEX_LENGTH[e];
        if (digits === undefined) throw GIVE_UP;
        const hex = text.slice(p + 2, p + 2 + digits);
        if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw GIVE_UP;
        value += String.fromCodePoint(code);
        p += 2 + digits;
      }
      from = p;
    }
    value += text.slice(from, p);
    return this.quoted(start, p, value, 'QUOTE_DOUBLE');
  }

  /** A literal or folded block scalar whose header is at `start`; `indent` is its parent's. */
  private block(start: number, indent: number): Scalar {
    const text = this.text;
    const folded = text.charCodeAt(start) === 62;
    let p = start + 1;
    const chomp = text.charCodeAt(p);
    const keep = chomp === 43;
    const strip = chomp === DASH;
    if (keep || strip) p++;
    while (text.charCodeAt(p) === SPACE) p++;
    if (p >= this.length || !isBreak(text.charCodeAt(p))) throw GIVE_UP;
    let line = this.afterLine(p);
    const contentIndent = this.indentAt(line);
    const firstAt = line + contentIndent;
    if (contentIndent <= indent || firstAt >= this.length || isBreak(text.charCodeAt(firstAt))) throw GIVE_UP;
    let value = '';
    let sep = '';
    let end = line;
    let blanks = 0;
    while (line < this.length) {
      const lineIndent = this.indentAt(line);
      const at = line + lineIndent;
      if (at >= this.length || isBreak(text.charCodeAt(at))) {
        if (lineIndent > 0) throw GIVE_UP;
        blanks++;
        line = this.afterLine(at);
        continue;
      }
      if (lineIndent < contentIndent) break;
      if (folded && lineIndent > contentIndent) throw GIVE_UP;
      const lineEnd = this.lineEnd(at);
      const content = text.slice(line + contentIndent, lineEnd);
      if (folded) {
        value += blanks > 0 ? '\n'.repeat(blanks) : sep;
        value += content;
        sep = ' ';
      } else {
        value += sep + '\n'.repeat(blanks) + content;
        sep = '\n';
      }
      blanks = 0;
      line = this.afterLine(lineEnd);
      end = line;
    }
    if (keep) {
      value += '\n' + '\n'.repeat(blanks);
      end = line;
    } else if (!strip) {
      value += '\n';
    }
    this.consumed(end);
    return scalarNode(value, [start, end, end], value, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL');
  }
}

type Directives = NonNullable<Document['directives']>;
let DirectivesClass: (new (init: { version: string }) => Directives) | undefined;

/** New directives as the general parser starts a document with (the package does not export their class). */
function newDirectives(): Directives {
  DirectivesClass ??= new yaml.Document().directives!.constructor as new (init: { version: string }) => Directives;
  return new DirectivesClass({ version: '1.2' });
}

/** The script read by the quick reader, or undefined where it gives up. */
export function readQuickly(text: string): Document.Parsed | undefined {
  if (UNHANDLED.test(text)) return undefined;
  const doc = new yaml.Document(undefined, {
    ...PARSE_OPTIONS,
    _directives: newDirectives(),
  }) as Document.Parsed;
  let read: ReturnType<QuickReader['read']>;
  try {
    read = new QuickReader(text, doc.schema).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
  doc.contents = read.contents as Document.Parsed['contents'];
  doc.range = [read.start, read.end, read.documentEnd];
  doc.commentBefore = read.commentBefore;
  doc.comment = read.comment;
  return doc;
}

/** The script's YAML document: read quickly where possible, by the general parser otherwise. */
export function parseYaml(text: string): Document.Parsed {
  return readQuickly(text) ?? parseDocument(text, PARSE_OPTIONS);
}
