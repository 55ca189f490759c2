import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Scalar } from 'yaml';
import { scalarText } from '../../src/service/parse/scalarText';

/** Every node of a document by its path, as plain text: what the harness compares before and after an edit. */
export interface Flat {
  errors: number;
  entries: Map<string, string>;
  /** Value scalars by path, for their source ranges. */
  scalars: Map<string, Scalar>;
}

export function flatten(text: string): Flat {
  const doc = parseDocument(text, { uniqueKeys: true });
  const entries = new Map<string, string>();
  const scalars = new Map<string, Scalar>();
  const walk = (node: unknown, path: string): void => {
    if (node === null || node === undefined) {
      entries.set(path, 'null');
    } else if (isScalar(node)) {
      entries.set(path, `scalar:${JSON.stringify(node.value)}${node.anchor ? `&${node.anchor}` : ''}`);
      scalars.set(path, node);
    } else if (isAlias(node)) {
      entries.set(path, `alias:${node.source}`);
    } else if (isMap(node) || isSeq(node)) {
      entries.set(path, `${isMap(node) ? 'map' : 'seq'}:${node.items.length}${node.anchor ? `&${node.anchor}` : ''}`);
      node.items.forEach((item, i) => {
        if (isPair(item)) {
          const key = isScalar(item.key) ? String(item.key.value) : `#${i}`;
          entries.set(`${path}/${i}:key`, `key:${key}`);
          walk(item.value, `${path}/${key}`);
        } else {
          walk(item, `${path}/${i}`);
        }
      });
    } else {
      entries.set(path, 'other');
    }
  };
  walk(doc.contents, '');
  return { errors: doc.errors.length, entries, scalars };
}

/** The path of the value scalar whose source holds `offset`. */
export function scalarPathAt(flat: Flat, offset: number): string | undefined {
  let best: string | undefined;
  let size = Infinity;
  for (const [path, node] of flat.scalars) {
    const [s, e] = node.range!;
    if (s <= offset && offset <= e && e - s < size) {
      best = path;
      size = e - s;
    }
  }
  return best;
}

/** The value of `node` with the source [start, end) replaced by `text`, from the value's own source mapping. */
export function intendedValue(
  source: string,
  node: Scalar,
  start: number,
  end: number,
  text: string,
): string | undefined {
  const st = scalarText(source, node);
  if (!st.exact) return undefined;
  let from = 0;
  while (from < st.value.length && st.start[from]! < start) from++;
  let to = from;
  while (to < st.value.length && st.end[to]! <= end) to++;
  return st.value.slice(0, from) + text + st.value.slice(to);
}

/** Paths whose entries differ between two documents (present in one only, or different). */
export function differences(a: Flat, b: Flat): string[] {
  const out: string[] = [];
  for (const [k, v] of a.entries) if (b.entries.get(k) !== v) out.push(k);
  for (const k of b.entries.keys()) if (!a.entries.has(k)) out.push(k);
  return out;
}
