import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';

/**
 * Parses a file of word lists: a mapping of keys (any key when `keys` is not given, else those
 * keys), each a list of non-empty strings. A mistake throws with the file, line and column.
 */
export function readWordLists(file: string, text: string, keys?: readonly string[]): Record<string, string[]> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const fail = (node: Node | null | undefined, what: string): never => {
    const at = lines.linePos(node?.range?.[0] ?? 0);
    throw new Error(`${file}:${at.line}:${at.col}: ${what}`);
  };
  if (doc.errors.length > 0) {
    const at = lines.linePos(doc.errors[0]!.pos[0]);
    throw new Error(`${file}:${at.line}:${at.col}: ${doc.errors[0]!.message}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'expected a mapping of word lists');
  const lists: Record<string, string[]> = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (keys && !keys.includes(key)) fail(pair.key as Node, `unknown key "${key}"; expected ${keys.join(', ')}`);
    const value = pair.value as Node | null;
    if (!isSeq(value)) return fail(value ?? (pair.key as Node), `${key} must be a list of words`);
    lists[key] = value.items.map((item) => {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value === '')
        return fail(item as Node, `${key}: expected a non-empty string`);
      return item.value;
    });
  }
  for (const key of keys ?? []) if (!lists[key]) fail(root, `missing key "${key}"`);
  return lists;
}
