import { Document, isMap, isScalar, isSeq, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Node, Scalar, YAMLError, YAMLWarning } from 'yaml';
import type { ScalarText } from './scalarText';
import { split, type Piece } from './pieces';
import type { Closing, Context, ParseCache, ParsedRegion } from './parseCache';

export { PARSE_OPTIONS, ParseCache } from './parseCache';

/**
 * Parsing a script in independent pieces (see pieces.ts). A piece whose text is unchanged
 * since the last parse is reused, so an edit re-parses only the pieces it touched. The
 * document built from the pieces has the same shape, ranges and YAML errors as a full parse
 * (docs/architecture.md, "The incremental parse, also in a draft").
 *
 * - A piece with a YAML error is parsed under its `steps:` / `scenarios:` line and reports its
 *   own errors, once it reads the same with the next piece after it (`confirmed`);
 *   the pieces around it are reused as usual.
 * - An open quote that a later quote in the file closes ends, in YAML, where the next piece
 *   starts at the latest: its piece is parsed with a stand-in for that quote (`closingAfter`).
 * - Where an error reaches past its piece (a quote nothing closes, recovery that takes the
 *   lines below into a broken node), the text from that piece to the end is parsed as one tail
 *   region: the cost is bounded by the text after the error, and the tail is reused while
 *   edits stay above it.
 * - Anchors, aliases and tags need nothing of their own: an alias is resolved on the assembled
 *   document, which holds every anchor in text order.
 * - Directives, document markers, repeated keys at the top or in `scenarios`, content before
 *   the first key and a top-level line that is not a key take the full parse.
 */

const contextOf = (kind: Piece['kind']): Context =>
  kind === 'item' ? 'steps' : kind === 'scenario' ? 'scenarios' : 'none';

const hasProblems = (region: ParsedRegion) => region.errors.length > 0 || region.warnings.length > 0;

/** An error that leaves the parser inside a token a full parse could carry past the region. */
const OPEN_AT_END = /^Missing closing|end with/;

/**
 * Whether a region's errors may read differently in the whole text: an open quote or flow
 * collection, or an error at the region's end or before its start (on the header it was
 * parsed under), where a full parse would see the following text.
 */
function spreads(region: ParsedRegion, text: string): boolean {
  let end = region.offset + region.length;
  while (end > region.offset && /\s/.test(text[end - 1]!)) end--;
  for (const problem of [...region.errors, ...region.warnings]) {
    if (OPEN_AT_END.test(problem.message)) return true;
    if (problem.pos[0] < region.offset || problem.pos[0] >= end) return true;
  }
  return false;
}

/**
 * The quote a region's open quoted scalar waits for, when the text after the region holds
 * one, found as YAML's lexer finds it: a `'` not doubled, a `"` not escaped.
 */
function closingAfter(region: ParsedRegion, text: string): Closing {
  const open = region.errors.find((e) => e.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(e.message));
  if (!open) return '';
  const quote = open.message.charAt('Missing closing '.length) as '"' | "'";
  let at = text.indexOf(quote, region.offset + region.length);
  if (quote === "'") {
    while (at !== -1 && text[at + 1] === "'") at = text.indexOf("'", at + 2);
  } else {
    while (at !== -1) {
      let n = 0;
      while (text[at - 1 - n] === '\\') n++;
      if (n % 2 === 0) break;
      at = text.indexOf('"', at + 1);
    }
  }
  return at === -1 ? '' : quote;
}

/** The region's nodes below its body, in document order (not the header it was parsed under). */
function ownNodes(region: ParsedRegion): Node[] {
  const body = bodyOf(region, true);
  const header = region.context !== 'none' && isMap(region.contents) ? region.contents.items[0]?.key : undefined;
  return region.nodes.filter((n) => n !== region.contents && n !== body && n !== header);
}

const sameProblems = (a: readonly YAMLError[], b: readonly YAMLError[]) =>
  a.length === b.length &&
  a.every((e, i) => e.message === b[i]!.message && e.pos[0] === b[i]!.pos[0] && e.pos[1] === b[i]!.pos[1]);

const sameRange = (a: Node, b: Node | undefined) =>
  b !== undefined &&
  a.constructor === b.constructor &&
  a.range![0] === b.range?.[0] &&
  a.range![1] === b.range[1] &&
  a.range![2] === b.range[2];

/**
 * Whether a region with YAML errors reads the same when the next piece follows it, as it does
 * in the whole text: the next piece still starts a new item or key, and the two together give
 * the nodes and errors of each alone. YAML's recovery from some errors takes the lines that
 * follow into the broken node (`greeting: 您好a: b` makes a mapping that keeps the keys below
 * it, a block scalar indented too little changes how the next turn's lines are read); such a
 * region is parsed with everything after it instead. The verdict is kept with the region
 * while both texts stay the same.
 */
function confirmed(region: ParsedRegion, next: Piece, text: string, cache: ParseCache): boolean {
  const ahead = cache.take(text, region.offset, next.end, region.context, region.closing);
  if (region.confirmedBy === ahead) return true;
  const following = cache.take(text, next.start, next.end, region.context);
  cache.settle(ahead);
  cache.settle(following);
  const body = bodyOf(ahead, false);
  if (!(isMap(body) || isSeq(body)) || body.items.length !== 2) return false;
  if (!sameProblems([...region.errors, ...following.errors], ahead.errors)) return false;
  if (!sameProblems([...region.warnings, ...following.warnings], ahead.warnings)) return false;
  const theirs = ownNodes(ahead);
  const mine = [...ownNodes(region), ...ownNodes(following)];
  if (mine.length !== theirs.length || !mine.every((n, i) => sameRange(n, theirs[i]))) return false;
  region.confirmedBy = ahead;
  return true;
}

/**
 * The node a region stands for: its contents, or the value under the header it was parsed
 * under (that header's pair alone, unless `tail`: then top-level pairs may follow it).
 */
function bodyOf(region: ParsedRegion, tail: boolean): Node | null | undefined {
  if (region.context === 'none') return region.contents;
  const wrapper = region.contents;
  if (!isMap(wrapper) || wrapper.items.length === 0 || (!tail && wrapper.items.length !== 1)) return undefined;
  return wrapper.items[0]!.value as Node | null;
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

/** The collection of a turn or scenario region and the list it joins, when they are of its kind. */
function joining(
  kind: Piece['kind'],
  body: Node | null | undefined,
  list: YAMLSeq | YAMLMap | undefined,
): { body: YAMLSeq | YAMLMap; list: YAMLSeq | YAMLMap } | undefined {
  if (kind === 'item' ? isSeq(body) && isSeq(list) : isMap(body) && isMap(list)) {
    return { body: body as YAMLSeq | YAMLMap, list: list as YAMLSeq | YAMLMap };
  }
  return undefined;
}

const isEmpty = (node: unknown) => node === null || (isScalar(node) && node.value === null);

export interface PieceParse {
  doc: Document.Parsed;
  /** Scalar texts of reused pieces; store new ones here for the next parse. */
  texts: WeakMap<Scalar, ScalarText>;
}

/** The document under assembly. */
class Assembly {
  readonly root = new YAMLMap();
  list: YAMLSeq | YAMLMap | undefined;
  readonly errors: YAMLError[] = [];
  readonly warnings: YAMLWarning[] = [];

  constructor(private readonly pieces: Piece[]) {}

  private problems(region: ParsedRegion): void {
    this.errors.push(...region.errors);
    this.warnings.push(...region.warnings);
  }

  /** Adds piece `p` parsed as `region`; false, with nothing added, when it does not fit there. */
  place(region: ParsedRegion, p: number): boolean {
    const piece = this.pieces[p]!;
    const next = this.pieces[p + 1];
    const last = next === undefined;
    const body = bodyOf(region, false);
    if (piece.kind === 'top') {
      if (!isMap(body) || body.items.length !== 1) return false;
      const pair = body.items[0]!;
      const hasChildren = next !== undefined && next.kind !== 'top';
      if (region.endsOpen && !hasChildren && !last) return false;
      if (hasChildren && !isEmpty(pair.value)) return false;
      extend(this.root, body.range!);
      if (hasChildren) {
        this.list = next.kind === 'item' ? new YAMLSeq() : new YAMLMap();
        this.root.items.push(new Pair(pair.key, this.list));
      } else {
        this.list = undefined;
        this.root.items.push(pair);
      }
    } else {
      const join = joining(piece.kind, body, this.list);
      if (!join || join.body.items.length !== 1 || (region.endsOpen && !last)) return false;
      (join.list.items as unknown[]).push(join.body.items[0]);
      extend(join.list, join.body.range!);
      endWith(this.root, join.list);
    }
    this.problems(region);
    return true;
  }

  /** Adds `region`, the text from piece `p` to the end parsed as one; false when it does not fit. */
  placeTail(region: ParsedRegion, p: number): boolean {
    const piece = this.pieces[p]!;
    const map = region.contents;
    if (!isMap(map)) return false;
    let pairs = map.items;
    if (piece.kind !== 'top') {
      const join = joining(piece.kind, bodyOf(region, true), this.list);
      if (!join) return false;
      (join.list.items as unknown[]).push(...join.body.items);
      extend(join.list, join.body.range!);
      endWith(this.root, join.list);
      pairs = pairs.slice(1);
    }
    this.root.items.push(...pairs);
    extend(this.root, map.range!);
    this.problems(region);
    return true;
  }

  document(): Document.Parsed {
    const doc = new Document() as unknown as Document.Parsed;
    doc.contents = this.root as Document.Parsed['contents'];
    doc.errors.push(...this.errors);
    doc.warnings.push(...this.warnings);
    return doc;
  }
}

/**
 * Parses `text` piece by piece through `cache`; undefined when the full parse must be used.
 * The returned document has the same shape, ranges and errors as a full parse.
 */
export function parseInPieces(text: string, cache: ParseCache): PieceParse | undefined {
  cache.begin(text);
  const pieces = split(text);
  if (!pieces) {
    cache.rollback();
    return undefined;
  }
  const assembly = new Assembly(pieces);
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const context = contextOf(piece.kind);
    let region = cache.take(text, piece.start, piece.end);
    if (hasProblems(region) && context !== 'none') region = cache.take(text, piece.start, piece.end, context);
    const closing = p + 1 < pieces.length ? closingAfter(region, text) : '';
    if (closing) region = cache.take(text, piece.start, piece.end, context, closing);
    cache.settle(region);
    const contained =
      !hasProblems(region) ||
      (p + 1 < pieces.length && (closing || !spreads(region, text)) && confirmed(region, pieces[p + 1]!, text, cache));
    if (contained && assembly.place(region, p)) continue;
    const tail = cache.take(text, piece.start, text.length, context);
    cache.settle(tail);
    if (!assembly.placeTail(tail, p)) {
      cache.rollback();
      return undefined;
    }
    break;
  }
  cache.commit(text);
  return { doc: assembly.document(), texts: cache.texts };
}
