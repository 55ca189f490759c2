import type { CompletionItem, CompletionList, MarkupContent, Range, TextEdit } from 'vscode-languageserver';

/**
 * Sends completion lists compactly. Documentation is held back until the editor shows an
 * item (`completionItem/resolve`), kept for the latest list only; and when the client takes
 * LSP 3.17 item defaults, the range most items edit goes once in `itemDefaults.editRange`,
 * each of those items keeping only its `textEditText`. Each item is copied once.
 */
export class CompletionLists {
  private list = 0;
  private documentation: Array<string | MarkupContent | undefined> = [];

  constructor(private readonly editRangeDefault: boolean) {}

  /** The list to send for the items the service gave. */
  send(items: CompletionItem[]): CompletionItem[] | CompletionList {
    const list = ++this.list;
    const documentation: Array<string | MarkupContent | undefined> = (this.documentation = new Array(items.length));
    const common = this.editRangeDefault ? commonRange(items) : undefined;
    const light = new Array<CompletionItem>(items.length);
    for (let index = 0; index < items.length; index++) {
      const { documentation: doc, textEdit, ...rest } = items[index]!;
      documentation[index] = doc;
      const item: CompletionItem = rest;
      if (doc !== undefined) item.data = { huashuList: list, index };
      if (textEdit && common && sameRange((textEdit as TextEdit).range, common)) item.textEditText = textEdit.newText;
      else if (textEdit) item.textEdit = textEdit;
      light[index] = item;
    }
    return common ? { isIncomplete: false, itemDefaults: { editRange: common }, items: light } : light;
  }

  /** An item of the latest list with its documentation back; other items as they are. */
  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { huashuList?: unknown; index?: unknown } | undefined;
    if (data?.huashuList !== this.list || typeof data.index !== 'number') return item;
    const documentation = this.documentation[data.index];
    return documentation === undefined ? item : { ...item, documentation };
  }
}

const sameRange = (a: Range, b: Range) =>
  a === b ||
  (a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character);

/**
 * The range most items edit, to send once in `itemDefaults.editRange`; items that edit another
 * range (a phrase quoted together with the rest of its value) keep their own. None when an
 * item has no range to edit (an insert-and-replace edit, or no edit).
 */
function commonRange(items: CompletionItem[]): Range | undefined {
  const counts: Array<{ range: Range; count: number }> = [];
  for (const item of items) {
    const edit = item.textEdit as TextEdit | undefined;
    if (!edit || !('range' in edit)) return undefined;
    const entry = counts.find((c) => sameRange(c.range, edit.range));
    if (entry) entry.count++;
    else counts.push({ range: edit.range, count: 1 });
  }
  let best: { range: Range; count: number } | undefined;
  for (const entry of counts) if (!best || entry.count > best.count) best = entry;
  return best?.range;
}
