import type { Scalar } from 'yaml';
import type { ScriptModel } from '../parse/scriptModel';
import { scalarText, type ScalarText } from '../parse/scalarText';
import { provesEdits, type OffsetEdit } from './proof';
import { inFlow } from './scalarPlace';
import { doubleFragment, plainFragment, singleFragment, wholeScalar } from './valueWriter';

/** A replacement of part of a scalar's value: value offsets [from, to) become `text`. */
export interface ValueChange {
  node: Scalar;
  from: number;
  to: number;
  text: string;
}

/** A proven edit of one scalar: applying it leaves every other part of the document as it was. */
export interface ScalarEdit extends OffsetEdit {
  node: Scalar;
  /** The scalar's value after the edit. */
  value: string;
}

/** The source mapping of a scalar's value: the model's own for speech, else computed. */
export function textOf(model: ScriptModel, node: Scalar): ScalarText {
  let texts = speechTexts.get(model);
  if (!texts) speechTexts.set(model, (texts = new Map(model.speech.map((s) => [s.node, s.text]))));
  return texts.get(node) ?? scalarText(model.text, node);
}

const speechTexts = new WeakMap<ScriptModel, Map<Scalar, ScalarText>>();

/**
 * The change of `node`'s value that replaces the source [start, end) with `text`: the
 * value units written by that source. Undefined when the source does not map onto the value.
 */
export function changeAt(
  model: ScriptModel,
  node: Scalar,
  start: number,
  end: number,
  text: string,
): ValueChange | undefined {
  if (typeof node.value !== 'string' && node.value !== null) return undefined;
  const st = textOf(model, node);
  if (!st.exact) return undefined;
  const n = st.value.length;
  let from = 0;
  while (from < n && st.start[from]! < start) from++;
  let to = from;
  while (to < n && st.end[to]! <= end) to++;
  if (from === to && start !== end) return undefined;
  return { node, from, to, text };
}

/** Value after the changes (sorted, non-overlapping) are applied. */
function changedValue(value: string, changes: readonly ValueChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += value.slice(at, c.from) + c.text;
    at = c.to;
  }
  return out + value.slice(at);
}

/** Each change written in the scalar's own style where it stands, as one edit; undefined when a text cannot be written so. */
function inPlace(
  model: ScriptModel,
  st: ScalarText,
  changes: readonly ValueChange[],
  flow: boolean,
): OffsetEdit | undefined {
  const node = changes[0]!.node;
  const write = (text: string): string | undefined => {
    switch (node.type) {
      case 'QUOTE_SINGLE':
        return singleFragment(text);
      case 'QUOTE_DOUBLE':
        return doubleFragment(text);
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED':
        return /[\r\n\u0085\u2028\u2029]/.test(text)
          ? undefined
          : singleFragment(text) === undefined
            ? undefined
            : text;
      default:
        return plainFragment(text, flow);
    }
  };
  const at = (c: ValueChange) => (c.from < st.value.length ? st.start[c.from]! : st.contentEnd);
  const until = (c: ValueChange) => (c.to > c.from ? st.end[c.to - 1]! : at(c));
  const start = at(changes[0]!);
  let newText = '';
  let cursor = start;
  for (const c of changes) {
    const written = write(c.text);
    if (written === undefined) return undefined;
    newText += model.text.slice(cursor, at(c)) + written;
    cursor = until(c);
  }
  return { start, end: cursor, newText };
}

/** The whole scalar rewritten on one line (plain or quoted), keeping comments and what follows outside it. */
function rewritten(model: ScriptModel, node: Scalar, value: string, flow: boolean): OffsetEdit | undefined {
  const [start, valueEnd] = node.range!;
  let end = valueEnd;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const header = model.text.slice(
      start,
      model.text.indexOf('\n', start) === -1 ? valueEnd : model.text.indexOf('\n', start),
    );
    if (header.includes('#')) return undefined;
    while (end > start && /\s/.test(model.text[end - 1]!)) end--;
  }
  return { start, end, newText: wholeScalar(value, flow) };
}

/** Ways to write the changes, best first: in place in the scalar's own style, else the whole scalar on one line. */
export function candidates(
  model: ScriptModel,
  node: Scalar,
  changes: readonly ValueChange[],
  value: string,
): OffsetEdit[] {
  const st = textOf(model, node);
  const flow = inFlow(model.doc, node);
  return [inPlace(model, st, changes, flow), rewritten(model, node, value, flow)].filter(
    (c): c is OffsetEdit => c !== undefined,
  );
}

/**
 * The one way Huashu edits a scalar: applies `changes` (all to the same node) written in a
 * style valid where the scalar stands, first in place in its own style, else by rewriting
 * the whole scalar on one line, and offers the first candidate that re-parsing proves safe
 * (see `provesSafe`). Undefined when no candidate is proven or nothing would change.
 */
export function editScalar(model: ScriptModel, changes: readonly ValueChange[]): ScalarEdit | undefined {
  if (changes.length === 0) return undefined;
  const node = changes[0]!.node;
  if (!node.range || changes.some((c) => c.node !== node)) return undefined;
  const sorted = [...changes].sort((a, b) => a.from - b.from || a.to - b.to);
  if (sorted.some((c, i) => i > 0 && c.from < sorted[i - 1]!.to)) return undefined;
  const st = textOf(model, node);
  if (!st.exact) return undefined;
  const value = changedValue(st.value, sorted);
  if (value === node.value) return undefined;
  for (const candidate of candidates(model, node, sorted, value)) {
    const edit = { ...candidate, node, value };
    if (provesEdits(model.doc, model.text, [edit])) return edit;
  }
  return undefined;
}

/** `editScalar` for a whole new value. */
export function setScalar(model: ScriptModel, node: Scalar, value: string): ScalarEdit | undefined {
  const st = textOf(model, node);
  return editScalar(model, [{ node, from: 0, to: st.value.length, text: value }]);
}
