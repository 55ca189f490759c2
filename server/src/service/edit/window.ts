import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import { PARSE_OPTIONS } from '../parse/chunks';

/**
 * The lines of one entry of a block collection (an item of a block list, or a top-level
 * key with its value) that hold a scalar: the smallest part of the document that can be
 * re-parsed on its own to prove an edit of that scalar. An entry owns whole lines, ends
 * where the next entry (at its indentation or less) begins, and parses on its own into one
 * entry when it has no error; so an edit inside it that leaves its own parse as intended,
 * without errors, leaves the rest of the document as it was.
 */
export interface Window {
  start: number;
  end: number;
  kind: 'item' | 'pair';
  /** The list item or the top-level pair in the document. */
  entry: unknown;
}

const within = (node: unknown, at: number): boolean => {
  const range = (node as Node | null | undefined)?.range;
  return !!range && range[0] <= at && at < Math.max(range[1], range[0] + 1);
};

const itemStart = (item: unknown): number =>
  (isPair(item)
    ? ((item.key as Node | null)?.range?.[0] ?? (item.value as Node | null)?.range?.[0])
    : (item as Node | null)?.range?.[0]) ?? -1;

/** The item of a collection that starts last at or before `at` (items are in source order), by binary search. */
export function candidatesAt(items: readonly unknown[], at: number): unknown[] {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (itemStart(items[mid]) <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found === -1 ? [] : [items[found]];
}

function lineStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
}

function lineEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return end;
}

/** The deepest entry of a block collection that holds `target`, as whole lines; undefined when there is none. */
export function windowOf(doc: Document.Parsed, text: string, target: Scalar): Window | undefined {
  const at = target.range?.[0];
  if (at === undefined) return undefined;
  let best: { entry: unknown; start: number; end: number; kind: Window['kind'] } | undefined;
  let node = doc.contents as Node | null;
  let depth = 0;
  while (node && node !== target && (isMap(node) || isSeq(node))) {
    let next: Node | null = null;
    for (const item of candidatesAt(node.items as unknown[], at)) {
      if (isPair(item)) {
        const child = within(item.key, at) ? item.key : within(item.value, at) ? item.value : null;
        if (!child) continue;
        if (depth === 0 && !node.flow && isScalar(item.key) && item.key.range) {
          const valueEnd = (item.value as Node | null)?.range?.[1] ?? item.key.range[1];
          best = { entry: item, start: item.key.range[0], end: valueEnd, kind: 'pair' };
        }
        next = child as Node;
      } else if (within(item, at)) {
        const range = (item as Node).range!;
        if (!node.flow) best = { entry: item, start: range[0], end: range[1], kind: 'item' };
        next = item as Node;
      }
      if (next) break;
    }
    node = next;
    depth++;
  }
  if (!best) return undefined;
  const start = lineStart(text, best.start);
  const lead = text.slice(start, best.start);
  if (best.kind === 'item' ? !/^ *- +$/.test(lead) : lead !== '') return undefined;
  return { start, end: lineEnd(text, Math.max(best.start, best.end - 1)), kind: best.kind, entry: best.entry };
}

/** The entry of a window's source parsed on its own; undefined when it has errors or is not exactly one entry. */
export function parseWindow(source: string, kind: Window['kind']): unknown {
  const doc = parseDocument(source, PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const root = doc.contents as Node | null;
  const ok =
    kind === 'item'
      ? isSeq(root) && !root.flow && root.items.length === 1
      : isMap(root) && !root.flow && root.items.length === 1;
  return ok ? (root as { items: unknown[] }).items[0] : undefined;
}
