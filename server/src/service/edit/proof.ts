import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import { PARSE_OPTIONS } from '../parse/chunks';
import { parseWindow, windowOf, type Window } from './window';

/** One replacement of source text, in offsets of the text it applies to. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** `text` with non-overlapping `edits` applied (any order). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

type Targets = ReadonlyMap<Scalar, string>;

/** Comments are not compared: bytes outside the edit are unchanged, so a comment can only go by turning into a value, which changes that value. */
function sameMeta(a: Node, b: Node): boolean {
  return a.tag === b.tag && a.anchor === b.anchor;
}

/** Whether `after` is `before` with every target scalar holding its intended value and nothing else different. */
export function sameExcept(before: unknown, after: unknown, targets: Targets): boolean {
  if (before === null || before === undefined) return after === null || after === undefined;
  if (after === null || after === undefined) return false;
  if (isPair(before)) {
    return (
      isPair(after) && sameExcept(before.key, after.key, targets) && sameExcept(before.value, after.value, targets)
    );
  }
  if (isScalar(before)) {
    if (!isScalar(after) || !sameMeta(before, after)) return false;
    const intended = targets.get(before);
    if (intended !== undefined) return after.value === intended;
    return Object.is(before.value, after.value) && before.type === after.type;
  }
  if (isAlias(before)) return isAlias(after) && before.source === after.source && sameMeta(before, after);
  if (isMap(before) || isSeq(before)) {
    const kind = isMap(before) ? isMap(after) : isSeq(after);
    if (!kind || !sameMeta(before, after as Node)) return false;
    const b = before.items as unknown[];
    const a = (after as { items: unknown[]; flow?: boolean }).items;
    if (b.length !== a.length || !!before.flow !== !!(after as { flow?: boolean }).flow) return false;
    return b.every((item, i) => sameExcept(item, a[i], targets));
  }
  return false;
}

/**
 * Re-parses `edited` (the text of `doc` after an edit) and proves the edit safe: the
 * document has no error or warning it did not have, its structure, every other scalar's
 * value and style, tags and anchors are unchanged, and each target scalar now
 * holds exactly its intended value.
 */
export function provesSafe(doc: Document.Parsed, edited: string, targets: Targets): boolean {
  const after = parseDocument(edited, PARSE_OPTIONS);
  if (after.errors.length > doc.errors.length || after.warnings.length > doc.warnings.length) return false;
  if (doc.errors.length === 0 && after.errors.length > 0) return false;
  return sameExcept(doc.contents, after.contents, targets);
}

/** An edit of one scalar, with the value it should have after it. */
export interface TargetEdit extends OffsetEdit {
  node: Scalar;
  value: string;
}

/**
 * Proves scalar edits safe as `provesSafe` does, re-parsing as little as it can: when the
 * document has no errors, each edited entry of a block collection (a list item, a top-level
 * key) is re-parsed on its own and compared with the document's entry; otherwise, or when an edit
 * is in no such entry, the whole edited document is re-parsed. With `provenAlone` (each
 * edit was proven on its own) an entry that holds one edit needs no second look: entries
 * are parsed on their own, so proofs of different entries hold together.
 */
export function provesEdits(
  doc: Document.Parsed,
  text: string,
  edits: readonly TargetEdit[],
  provenAlone = false,
): boolean {
  const whole = () =>
    provesSafe(doc, applyOffsetEdits(text, edits), new Map(edits.map((e) => [e.node, e.value] as const)));
  if (doc.errors.length > 0 || doc.warnings.length > 0) return whole();
  const windows = new Map<number, { window: Window; edits: TargetEdit[] }>();
  for (const e of edits) {
    const window = windowOf(doc, text, e.node);
    if (!window || e.start < window.start || e.end > window.end) return whole();
    const entry = windows.get(window.start) ?? { window, edits: [] };
    entry.edits.push(e);
    windows.set(window.start, entry);
  }
  for (const { window, edits: inside } of windows.values()) {
    if (provenAlone && inside.length === 1) continue;
    const source = text.slice(window.start, window.end);
    const targets = new Map(inside.map((e) => [e.node, e.value] as const));
    const shifted = inside.map((e) => ({
      start: e.start - window.start,
      end: e.end - window.start,
      newText: e.newText,
    }));
    const after = parseWindow(applyOffsetEdits(source, shifted), window.kind);
    if (after === undefined || !sameExcept(window.entry, after, targets)) return false;
  }
  return true;
}
