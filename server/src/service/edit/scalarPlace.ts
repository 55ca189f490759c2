import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import { candidatesAt } from './window';

const within = (node: unknown, at: number): boolean => {
  const range = (node as Node | null | undefined)?.range;
  return !!range && range[0] <= at && at <= range[1];
};

/**
 * Whether `target` stands inside a flow collection (`[...]`, `{...}`), where a plain scalar
 * may not hold `, [ ] { }`. Walks down from the root along the collections that contain it.
 */
export function inFlow(doc: Document.Parsed, target: Scalar): boolean {
  const at = target.range?.[0] ?? -1;
  let node = doc.contents as Node | null;
  while (node && node !== target) {
    if (isScalar(node) || !(isMap(node) || isSeq(node))) return false;
    if (node.flow) return true;
    let next: Node | null = null;
    for (const item of candidatesAt(node.items as unknown[], at)) {
      if (isPair(item)) {
        if (item.key === target || item.value === target) return false;
        if (within(item.key, at)) next = item.key as Node;
        else if (within(item.value, at)) next = item.value as Node;
      } else if (item === target) {
        return false;
      } else if (within(item, at)) {
        next = item as Node;
      }
      if (next) break;
    }
    node = next;
  }
  return false;
}

/** Whether `offset` lies inside a flow collection (between its brackets), found from the collections that contain it. */
export function flowAround(doc: Document.Parsed, offset: number): boolean {
  let node = doc.contents as Node | null;
  while (node && (isMap(node) || isSeq(node))) {
    const range = node.range;
    if (!range || offset <= range[0] || offset > range[1]) return false;
    if (node.flow) return offset < range[1] || doc.errors.length > 0;
    let next: Node | null = null;
    for (const item of candidatesAt(node.items as unknown[], offset)) {
      const candidates = isPair(item) ? [item.key, item.value] : [item];
      next = (candidates.find((c) => (isMap(c) || isSeq(c)) && within(c, offset)) as Node | undefined) ?? null;
      if (next) break;
    }
    node = next;
  }
  return false;
}

/** Whether a flow collection of the document opens at `offset` (its `[` or `{`). */
export function opensFlow(doc: Document.Parsed, offset: number): boolean {
  let node = doc.contents as Node | null;
  while (node && (isMap(node) || isSeq(node))) {
    if (node.flow && node.range?.[0] === offset) return true;
    let next: Node | null = null;
    for (const item of candidatesAt(node.items as unknown[], offset)) {
      const candidates = isPair(item) ? [item.key, item.value] : [item];
      next =
        (candidates.find((c) => (isMap(c) || isSeq(c)) && c.range && c.range[0] <= offset && offset < c.range[1]) as
          Node | undefined) ?? null;
      if (next) break;
    }
    node = next;
  }
  return false;
}
