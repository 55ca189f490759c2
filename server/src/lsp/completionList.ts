import type { CompletionItem, CompletionList, MarkupContent, Range, TextEdit } from 'vscode-languageserver';

/**
 * Sends completion lists compactly. Documentation is held back until the editor shows an
 * item (`completionItem/resolve`), kept for the latest list only; and when every item edits
 * the same range and the client takes LSP 3.17 item defaults, the range goes once in
 * `itemDefaults.editRange` with each item keeping only its `textEditText`.
 */
export class CompletionLists {
  private list = 0;
  private documentation: Array<string | MarkupContent | undefined> = [];

  constructor(private readonly editRangeDefault: boolean) {}

  /** The list to send for the items the service gave. */
  send(items: CompletionItem[]): CompletionItem[] | CompletionList {
    const list = ++this.list;
    this.documentation = items.map((i) => i.documentation);
    const light = items.map(({ documentation, ...rest }, index) =>
      documentation === undefined ? rest : { ...rest, data: { huashuList: list, index } },
    );
    return this.editRangeDefault ? withDefaultRange(light) : light;
  }

  /** An item of the latest list with its documentation back; other items as they are. */
  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { huashuList?: unknown; index?: unknown } | undefined;
    if (data?.huashuList !== this.list || typeof data.index !== 'number') return item;
    const documentation = this.documentation[data.index];
    return documentation === undefined ? item : { ...item, documentation };
  }
}

function withDefaultRange(items: CompletionItem[]): CompletionItem[] | CompletionList {
  const first = items[0]?.textEdit as TextEdit | undefined;
  if (!first?.range) return items;
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
