import type { CompletionItem, CompletionList, Range, TextEdit } from 'vscode-languageserver-types';

/**
 * Completion lists as LSP 3.17 writes them with `itemDefaults.editRange`: an item that replaces
 * the list's range gives its new text as `textEditText` (or its label); an item that replaces
 * another range has its own `textEdit`.
 */
export function placed(range: Range, items: readonly CompletionItem[]): CompletionList {
  return { isIncomplete: false, itemDefaults: { editRange: range }, items: items as CompletionItem[] };
}

/** Items whose edits are whole `textEdit`s, as a list: those that replace `range` give it to the list. */
export function placedEdits(range: Range, items: CompletionItem[]): CompletionList {
  return placed(
    range,
    items.map((item) => {
      const edit = item.textEdit as TextEdit | undefined;
      if (!edit || !('range' in edit) || !sameRange(edit.range, range)) return item;
      const { textEdit: _, ...rest } = item;
      return { ...rest, textEditText: edit.newText };
    }),
  );
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/** The list's range, when it has one (not an insert-and-replace pair). */
export function editRangeOf(list: CompletionList): Range | undefined {
  const range = list.itemDefaults?.editRange;
  return range && 'start' in range ? range : undefined;
}

/**
 * A list's items each with its own `textEdit`, for callers that take no item defaults: an item
 * without one replaces the list's range with its `textEditText`, or else its label. New items
 * (or a new array) are made; the list's own are not changed.
 */
export function withEdits(list: CompletionList): CompletionItem[] {
  const range = editRangeOf(list);
  if (!range) return list.items.slice();
  return list.items.map((item) => {
    if (item.textEdit) return item;
    const { textEditText, ...rest } = item;
    return { ...rest, textEdit: { range, newText: textEditText ?? item.label } };
  });
}
