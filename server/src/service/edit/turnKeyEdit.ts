import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import { PARSE_OPTIONS } from '../parse/chunks';
import type { ScriptModel, Turn } from '../parse/scriptModel';
import { lineBreak } from '../features/sectionFix';
import { applyOffsetEdits, sameExcept, type OffsetEdit } from './proof';
import { parseWindow, windowOf } from './window';

const NOTHING = new Map<Scalar, string>();

/**
 * Whether `after` is `before` with one pair `key: value` added at the end of the mapping
 * `target`, and nothing else different: every other key, value, style, tag and anchor.
 */
function sameWithPair(before: unknown, after: unknown, target: YAMLMap, key: string, value: string): boolean {
  if (before === target) {
    if (!isMap(after) || !!after.flow !== !!target.flow || after.tag !== target.tag || after.anchor !== target.anchor)
      return false;
    if (after.items.length !== target.items.length + 1) return false;
    if (!target.items.every((pair, i) => sameExcept(pair, after.items[i], NOTHING))) return false;
    const added = after.items[target.items.length]!;
    return isScalar(added.key) && added.key.value === key && isScalar(added.value) && added.value.value === value;
  }
  if (isPair(before)) {
    return (
      isPair(after) &&
      sameExcept(before.key, after.key, NOTHING) &&
      sameWithPair(before.value, after.value, target, key, value)
    );
  }
  if (isMap(before) || isSeq(before)) {
    if (!(isMap(before) ? isMap(after) : isSeq(after))) return false;
    const a = after as { items: unknown[]; flow?: boolean; tag?: string; anchor?: string };
    if (a.items.length !== before.items.length || !!a.flow !== !!before.flow) return false;
    if (a.tag !== before.tag || a.anchor !== before.anchor) return false;
    return (before.items as unknown[]).every((item, i) => sameWithPair(item, a.items[i], target, key, value));
  }
  return sameExcept(before, after, NOTHING);
}

/** Where the new pair goes: a line of its own after the turn's last line, or `, key: value` before a flow mapping's `}`. */
function placement(model: ScriptModel, map: YAMLMap, key: string, value: string): OffsetEdit | undefined {
  const { text, positions } = model;
  const range = map.range;
  if (!range) return undefined;
  if (map.flow) {
    let close = range[1];
    while (close > range[0] && /\s/.test(text[close - 1]!)) close--;
    if (text[close - 1] !== '}') return undefined;
    let at = close - 1;
    while (at > range[0] && /\s/.test(text[at - 1]!)) at--;
    const empty = text[at - 1] === '{';
    return { start: at, end: at, newText: empty ? `${key}: ${value}` : `, ${key}: ${value}` };
  }
  const first = map.items[0]?.key as Node | null | undefined;
  const last = map.items[map.items.length - 1];
  if (!first?.range || !last) return undefined;
  const column = positions.position(first.range[0]).character;
  let end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node | null)?.range?.[1] ?? range[1];
  while (end > range[0] && /\s/.test(text[end - 1]!)) end--;
  const here = positions.position(end);
  const eol = lineBreak(text);
  const nextLine = positions.offset({ line: here.line + 1, character: 0 });
  const at = nextLine > end ? nextLine : text.length;
  const lead = nextLine > end ? '' : eol;
  return { start: at, end: at, newText: `${lead}${' '.repeat(column)}${key}: ${value}${eol}` };
}

/** Proves the edit: the turn's list item re-parsed on its own when the document is clean, else the whole document. */
function proves(model: ScriptModel, map: YAMLMap, edit: OffsetEdit, key: string, value: string): boolean {
  const { doc, text } = model;
  const first = map.items[0]?.key;
  const window =
    doc.errors.length === 0 && doc.warnings.length === 0 && isScalar(first) ? windowOf(doc, text, first) : undefined;
  if (
    window &&
    window.kind === 'item' &&
    window.entry === map &&
    window.start <= edit.start &&
    edit.end <= window.end
  ) {
    const source = applyOffsetEdits(text.slice(window.start, window.end), [
      { start: edit.start - window.start, end: edit.end - window.start, newText: edit.newText },
    ]);
    const after = parseWindow(source, 'item');
    return after !== undefined && sameWithPair(map, after, map, key, value);
  }
  const edited = parseDocument(applyOffsetEdits(text, [edit]), PARSE_OPTIONS);
  if (edited.errors.length > doc.errors.length || edited.warnings.length > doc.warnings.length) return false;
  return sameWithPair(doc.contents, edited.contents, map, key, value);
}

/**
 * The edit that adds `key: value` (a plain id or keyword) to a turn, as its last key, at the
 * indentation of its keys. Re-parsing proves that the turn now has that pair and that nothing
 * else changed; an edit that does not prove itself is not offered.
 */
export function turnKeyEdit(model: ScriptModel, turn: Turn, key: string, value: string): TextEdit | undefined {
  if (!/^[A-Za-z0-9_\-\u4e00-\u9fff]+$/.test(value)) return undefined;
  const edit = placement(model, turn.node, key, value);
  if (!edit || !proves(model, turn.node, edit, key, value)) return undefined;
  return { range: model.positions.range(edit.start, edit.end), newText: edit.newText };
}

/** The turn whose mapping holds `offset`. */
export function turnAt(model: ScriptModel, offset: number): Turn | undefined {
  return model.turns.find((t) => t.node.range && t.node.range[0] <= offset && offset < t.node.range[1]);
}
