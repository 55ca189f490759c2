import type { CompletionItem, Position, TextEdit } from 'vscode-languageserver-types';
import { createScriptService, type CheckSettings } from '../src/service';
import { PositionMapper } from '../src/service/text/positions';

export const service = createScriptService();
export const zh: CheckSettings = { locale: 'zh', rules: {} };
export const en: CheckSettings = { locale: 'en', rules: {} };

/**
 * Strips the cursor marker (`|` unless told otherwise; it must occur exactly once) and
 * returns the text and the cursor's position. Pass another marker for YAML with `|` blocks.
 */
export function cursor(marked: string, marker = '|'): { text: string; position: Position } {
  const at = marked.indexOf(marker);
  if (at === -1 || marked.indexOf(marker, at + 1) !== -1) {
    throw new Error(`expected exactly one cursor marker "${marker}" in ${JSON.stringify(marked)}`);
  }
  const text = marked.slice(0, at) + marked.slice(at + marker.length);
  return { text, position: new PositionMapper(text).position(at) };
}

/** Applies non-overlapping text edits, given in any order, to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const map = new PositionMapper(text);
  const sorted = edits
    .map((e, i) => ({ start: map.offset(e.range.start), end: map.offset(e.range.end), newText: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Completion items at the cursor of `marked`, in the order the editor lists them. */
export function completeAt(marked: string, settings: CheckSettings = en, marker = '|'): CompletionItem[] {
  const { text, position } = cursor(marked, marker);
  return [...service.complete(text, position, settings)].sort((a, b) =>
    (a.sortText ?? '').localeCompare(b.sortText ?? ''),
  );
}

/** Snippet syntax turned into the text the editor leaves once the tab stops are accepted. */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** The document after accepting completion `item` at the cursor of `marked`. */
export function accept(marked: string, item: CompletionItem, marker = '|'): string {
  const { text } = cursor(marked, marker);
  const edit = item.textEdit as TextEdit;
  const newText = item.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText;
  return applyEdits(text, [{ range: edit.range, newText }]);
}

export function byLabel(items: readonly CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item ${label} among ${items.map((i) => i.label).join(', ')}`);
  return item;
}
