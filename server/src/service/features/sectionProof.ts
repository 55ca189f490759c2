import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import { PARSE_OPTIONS } from '../parse/chunks';
import type { ScriptModel } from '../parse/scriptModel';
import { doubleQuoted, plainWritable, singleFragment } from '../edit/valueWriter';

/**
 * The ways to write `phrase` as a YAML value, simplest first: plain when it reads back as
 * itself (in a flow collection also without `, [ ] { }`), then single-quoted, then
 * double-quoted with escapes (the only style for line breaks and control characters).
 */
export function writtenValues(phrase: string, flow: boolean): string[] {
  const out: string[] = [];
  if (plainWritable(phrase, flow)) out.push(phrase);
  const single = singleFragment(phrase);
  if (single !== undefined) out.push(`'${single}'`);
  out.push(doubleQuoted(phrase));
  return out;
}

/**
 * How a pair reads, for telling whether it changed: its key and value source (up to trailing
 * blanks, which an added line after the last value may bring in), the value's kind and
 * anchor, and a scalar's value itself.
 */
function pairShape(text: string, pair: Pair): string {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const source = (node: Node | null) => (node?.range ? text.slice(node.range[0], node.range[1]).trimEnd() : '');
  const scalar = isScalar(value) ? JSON.stringify(value.value) : '';
  return [source(key), source(value), value?.constructor.name ?? 'null', value?.anchor ?? '', scalar].join('\0');
}

function topPairs(contents: unknown): Pair[] | undefined {
  if (isMap(contents)) return contents.items;
  if (contents === null || contents === undefined || (isScalar(contents) && contents.value === null)) return [];
  return undefined;
}

/**
 * Proves that `edited` (the model's text with a section written into it) parses with no new
 * errors, that `key` now says `phrase` (as its value, or as the first item of its list when
 * `asItem`), and that every other top-level pair, the other items of that list and the
 * anchor on the value read exactly as before.
 */
export function provesSection(
  model: ScriptModel,
  edited: string,
  key: string,
  phrase: string,
  asItem: boolean,
): boolean {
  const doc = parseDocument(edited, PARSE_OPTIONS);
  if (doc.errors.length > model.doc.errors.length) return false;
  const before = topPairs(model.doc.contents);
  const after = topPairs(doc.contents);
  if (!before || !after) return false;
  const isKey = (p: Pair) => isScalar(p.key) && p.key.value === key;
  const shapes = (text: string, pairs: Pair[]) => pairs.filter((p) => !isKey(p)).map((p) => pairShape(text, p));
  if (shapes(model.text, before).join('\n') !== shapes(edited, after).join('\n')) return false;
  const old = before.find(isKey)?.value as Node | null | undefined;
  const now = after.find(isKey)?.value as Node | null | undefined;
  if (old?.anchor !== undefined && now?.anchor !== old.anchor) return false;
  if (!asItem) return isScalar(now) && now.value === phrase;
  if (!isSeq(now) || !isScalar(now.items[0]) || now.items[0].value !== phrase) return false;
  const items = (text: string, node: Node | null | undefined) =>
    isSeq(node)
      ? node.items.map((item) => (item as Node).range).map((r) => (r ? text.slice(r[0], r[1]).trimEnd() : ''))
      : [];
  return items(model.text, old).join('\0') === items(edited, now).slice(1).join('\0');
}
