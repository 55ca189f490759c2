import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';

export type PathSegment = string | number;

/** The scalar at an offset and the keys and item indexes that lead to it. */
export interface AstHit {
  /** From the root to the collection holding the scalar, plus the scalar's own key or index. */
  path: PathSegment[];
  node: Scalar;
  /** The scalar is a mapping key (then `path` ends at its mapping). */
  isKey: boolean;
}

const contains = (node: unknown, offset: number): boolean => {
  const range = (node as Node | null | undefined)?.range;
  return !!range && range[0] <= offset && offset <= range[1];
};

/** A key's name as the script format sees it. */
function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : '';
}

const itemStart = (item: unknown): number | undefined => (item as Node | null)?.range?.[0];
const pairStart = (pair: Pair): number | undefined => itemStart(pair.key) ?? itemStart(pair.value);

/**
 * Index of the last item starting at or before `offset`, by binary search: items of a
 * collection are in source order, and long `steps` lists must not cost a scan per lookup.
 */
function lastStartingBefore<T>(items: readonly T[], offset: number, start: (item: T) => number | undefined): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((start(items[mid]!) ?? -1) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Walks the YAML AST down to the scalar (key or value) whose source contains `offset`,
 * both ends included so that the end of a value being typed counts. Undefined when the
 * offset is in no scalar (blank lines, indentation, between a colon and its value).
 */
export function astHit(doc: Document.Parsed, offset: number): AstHit | undefined {
  const path: PathSegment[] = [];
  let node = doc.contents as Node | null;
  while (node) {
    if (isScalar(node)) return contains(node, offset) ? { path, node, isKey: false } : undefined;
    let next: Node | null = null;
    if (isMap(node)) {
      const pair = node.items[lastStartingBefore(node.items, offset, pairStart)];
      if (pair && isScalar(pair.key) && contains(pair.key, offset)) return { path, node: pair.key, isKey: true };
      if (pair && contains(pair.value, offset)) {
        path.push(keyName(pair.key));
        next = pair.value as Node;
      }
    } else if (isSeq(node)) {
      const index = lastStartingBefore(node.items, offset, itemStart);
      if (index !== -1 && contains(node.items[index], offset)) {
        path.push(index);
        next = node.items[index] as Node;
      }
    }
    node = next;
  }
  return undefined;
}
