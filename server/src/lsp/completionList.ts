import type { CompletionItem, CompletionList, MarkupContent, Range, TextEdit } from 'vscode-languageserver';

/**
 * Sends completion lists compactly. Documentation is held back until the editor shows an
 * item (`completionItem/resolve`), kept for the latest list only; and when the client takes
 * LSP 3.17 item defaults, the range most items edit goes once in `itemDefaults.editRange`,
 * each of those items keeping only its `textEditText`.
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

const rangeKey = (r: Range) => `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;

/**
 * The items with the range most of them edit sent once in `itemDefaults.editRange`; items
 * that edit another range (a phrase quoted together with the rest of its value) keep their own.
 */
function withDefaultRange(items: CompletionItem[]): CompletionItem[] | CompletionList {
  const counts = new Map<string, { range: Range; count: number }>();
  for (const item of items) {
    const edit = item.textEdit as TextEdit | undefined;
    if (!edit || !('range' in edit)) return items;
    const key = rangeKey(edit.range);
    const entry = counts.get(key) ?? { range: edit.range, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const common = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!common) return items;
  const key = rangeKey(common.range);
  return {
    isIncomplete: false,
    itemDefaults: { editRange: common.range },
    items: items.map(({ textEdit, ...rest }) =>
      rangeKey((textEdit as TextEdit).range) === key
        ? { ...rest, textEditText: textEdit!.newText }
        : { ...rest, textEdit: textEdit! },
    ),
  };
}
