import type { CompletionItem, CompletionList, Range, TextEdit } from 'vscode-languageserver';

/**
 * Sends a completion list compactly: when every item edits the same range and the client
 * takes LSP 3.17 item defaults, the range goes once in `itemDefaults.editRange` and each item
 * keeps only its `textEditText`. The phrasebook's few hundred items then weigh about half.
 */
export function compactCompletion(items: CompletionItem[], editRangeDefault: boolean): CompletionItem[] | CompletionList {
  const first = items[0]?.textEdit as TextEdit | undefined;
  if (!editRangeDefault || !first?.range) return items;
  const same = (r: Range) =>
    r.start.line === first.range.start.line && r.start.character === first.range.start.character &&
    r.end.line === first.range.end.line && r.end.character === first.range.end.character;
  if (!items.every((i) => i.textEdit && 'range' in i.textEdit && same(i.textEdit.range))) return items;
  return {
    isIncomplete: false,
    itemDefaults: { editRange: first.range },
    items: items.map(({ textEdit, ...rest }) => ({ ...rest, textEditText: textEdit!.newText })),
  };
}
