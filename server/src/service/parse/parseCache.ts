import { isScalar, visit } from 'yaml';
import type { Node, Scalar, YAMLError, YAMLWarning } from 'yaml';
import type { ScalarText } from './scalarText';
import { parseYaml } from './quickReader';

export { PARSE_OPTIONS } from './options';

/**
 * The line a region is parsed under. A turn or a scenario with a YAML error is parsed under
 * its `steps:` or `scenarios:` line, so that the parser reads it inside the mapping a full
 * parse reads it in and reports the same errors at the same places.
 */
export type Context = 'none' | 'steps' | 'scenarios';
const HEADERS: Record<Context, string> = { none: '', steps: 'steps:\n', scenarios: 'scenarios:\n' };

/**
 * The quote a region's open quoted scalar waits for, when the text after the region has it.
 * YAML then ends the scalar at the first line indented less (at the latest where the next
 * piece starts), so the region is parsed with a stand-in for what follows: a document marker
 * and that quote. Nothing of the stand-in is kept.
 */
export type Closing = '' | '"' | "'";

/** A parsed region of the text (a piece, or a tail from a piece to the end), kept for reuse while its text stays the same. */
export interface ParsedRegion {
  context: Context;
  closing: Closing;
  /** The document's contents: for a region parsed under a header, the header's mapping. */
  contents: Node | null;
  offset: number;
  length: number;
  /**
   * Where the nodes, errors and scalar texts stand now: a reused region moves its offset at
   * once and its positions only when it is used (`settle`), so a region that is only looked
   * at (a lookahead, a piece parsed again under its header) costs nothing to move.
   */
  settledAt: number;
  /** The lookahead region this region's errors were checked against, and held. */
  confirmedBy?: ParsedRegion;
  /** Every node of the region that has a range, to shift them without a visitor. */
  nodes: Node[];
  scalars: Scalar[];
  errors: YAMLError[];
  warnings: YAMLWarning[];
  /** The parse that last took this region: a region stands at one place only. */
  generation: number;
  /**
   * An empty value with a comment, or a node with a comment on a line of its own, reaches the
   * end of the region. In a full parse where that range ends depends on the text that follows
   * (the next token, past its indentation), so the region fits only at the end of the document.
   */
  endsOpen: boolean;
}

/**
 * A copy of a substring that does not keep the whole source alive: slicing a concatenation
 * copies it into a string of its own, and the leading space is sliced off that copy.
 */
function detached(source: string, start: number, end: number): string {
  return (' ' + source.slice(start, end)).slice(1);
}

/** Parses source[start, end) under its context's header, with offsets of the source. */
function parseRegion(source: string, start: number, end: number, context: Context, closing: Closing): ParsedRegion {
  const header = HEADERS[context];
  const parsed = header + detached(source, start, end);
  const length = parsed.length;
  const doc = parseYaml(closing ? `${parsed}---\n${closing}` : parsed);
  const contents = doc.contents as Node | null;
  const root =
    context === 'none' ? contents : (contents as { items?: Array<{ value: unknown }> } | null)?.items?.[0]?.value;
  const nodes: Node[] = [];
  const scalars: Scalar[] = [];
  let endsOpen = false;
  visit(doc, {
    Node(_k, n) {
      if (n.range) nodes.push(n);
      if (isScalar(n)) scalars.push(n);
      if (n !== contents && n !== root && n.comment && n.range && n.range[2] === length) {
        if (n.range[0] === n.range[1] || parsed.lastIndexOf('\n', length - 2) >= n.range[1] - 1) endsOpen = true;
      }
    },
  });
  const region: ParsedRegion = {
    context,
    closing,
    contents,
    offset: header.length,
    length: end - start,
    settledAt: header.length,
    nodes,
    scalars,
    errors: closing ? doc.errors.filter((e) => e.pos[0] < length) : doc.errors,
    warnings: closing ? doc.warnings.filter((e) => e.pos[0] < length) : doc.warnings,
    generation: 0,
    endsOpen,
  };
  return region;
}

/** Per-document memory of parsed regions; create one per open document. */
export class ParseCache {
  private previousText = '';
  /** The regions of the last parse by offset, and the regions of this one. */
  private previous = new Map<number, ParsedRegion[]>();
  private current: ParsedRegion[] = [];
  private generation = 0;
  /** How much of the text is unchanged since the last parse, from the start and from the end. */
  private prefix = 0;
  private suffix = 0;
  /** Between begin and commit or rollback. */
  private parsing = false;
  /** Scalar texts computed for the regions' nodes, shifted along with them. */
  readonly texts = new WeakMap<Scalar, ScalarText>();

  /**
   * Starts a parse of `source`: finds the unchanged head and tail, so their regions need no
   * comparing. A parse that was started and neither committed nor rolled back (it threw) may
   * have shifted old regions: they are all forgotten.
   */
  begin(source: string): void {
    if (this.parsing) this.rollback();
    this.parsing = true;
    this.generation++;
    const before = this.previousText;
    const max = Math.min(before.length, source.length);
    let p = 0;
    while (p < max && before.charCodeAt(p) === source.charCodeAt(p)) p++;
    let q = 0;
    while (q < max - p && before.charCodeAt(before.length - 1 - q) === source.charCodeAt(source.length - 1 - q)) q++;
    this.prefix = p;
    this.suffix = q;
  }

  /**
   * The parsed region source[start, end) under `context`, followed by `closing`: an old
   * region of the same text at the same offset or at the same distance from the end (reused;
   * `settle` moves its positions), or a new parse.
   */
  take(source: string, start: number, end: number, context: Context = 'none', closing: Closing = ''): ParsedRegion {
    const length = end - start;
    const delta = source.length - this.previousText.length;
    const kind = { context, closing };
    let region =
      this.candidate(source, start, length, kind, start) ??
      (delta !== 0 ? this.candidate(source, start, length, kind, start - delta) : undefined);
    region ??= parseRegion(source, start, end, context, closing);
    region.offset = start;
    region.generation = this.generation;
    this.current.push(region);
    return region;
  }

  /**
   * An old region at `oldOffset` that can stand for source[start, start + length): its old
   * text equals the new one. A region inside the unchanged head at the same offset, or inside
   * the unchanged tail at the same distance from the end, holds that without comparing; any
   * other is compared character by character.
   */
  private candidate(
    source: string,
    start: number,
    length: number,
    kind: { context: Context; closing: Closing },
    oldOffset: number,
  ): ParsedRegion | undefined {
    for (const region of this.previous.get(oldOffset) ?? []) {
      if (region.length !== length || region.generation === this.generation) continue;
      if (region.context !== kind.context || region.closing !== kind.closing) continue;
      if (oldOffset === start && start + length <= this.prefix) return region;
      const fromEnd = source.length - start;
      if (this.previousText.length - oldOffset === fromEnd && fromEnd <= this.suffix) return region;
      if (oldOffset + length > this.previousText.length) continue;
      if (source.startsWith(this.previousText.slice(oldOffset, oldOffset + length), start)) return region;
    }
    return undefined;
  }

  /** Keeps the regions of this parse for the next one. */
  commit(source: string): void {
    this.parsing = false;
    this.previousText = source;
    this.previous = new Map();
    for (const region of this.current) {
      const at = this.previous.get(region.offset);
      if (at) at.push(region);
      else this.previous.set(region.offset, [region]);
    }
    this.current = [];
  }

  /** Forgets every region after a fallback to the full parse. */
  rollback(): void {
    this.parsing = false;
    this.previousText = '';
    this.previous = new Map();
    this.current = [];
  }

  /** Moves the region's positions to its offset, before anything reads them. */
  settle(region: ParsedRegion): void {
    if (region.settledAt === region.offset) return;
    this.shift(region, region.offset - region.settledAt);
    region.settledAt = region.offset;
  }

  private shift(region: ParsedRegion, delta: number): void {
    for (const node of region.nodes) {
      const r = node.range!;
      r[0] += delta;
      r[1] += delta;
      r[2] += delta;
    }
    for (const problem of region.errors) shiftPos(problem.pos, delta);
    for (const problem of region.warnings) shiftPos(problem.pos, delta);
    for (const node of region.scalars) {
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

function shiftPos(pos: [number, number], delta: number): void {
  pos[0] += delta;
  pos[1] += delta;
}
