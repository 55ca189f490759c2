import { InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem, CompletionList, Range, TextEdit } from 'vscode-languageserver';
import { withEdits } from '../service/features/completion';

/** What the client lets a completion list leave out (LSP 3.17). */
export interface CompletionListSupport {
  /** `itemDefaults.editRange`: the range most items edit goes once. */
  editRange: boolean;
  /** `itemDefaults.data`: the list's id goes once, not in every item. */
  dataDefault: boolean;
  /** `resolveSupport.properties` has `detail`: the detail comes on resolve, as the documentation does. */
  resolveDetail: boolean;
}

/** Where a held-back item comes from: the list, and (unless the list gives it as a default) its place. */
interface ListData {
  huashuList: number;
  index?: number;
}

/**
 * Sends completion lists compactly, for they go on every keystroke: a phrase list has hundreds
 * of items, and writing, sending and reading its JSON is most of a completion's time.
 * - Documentation is held back until the editor shows an item (`completionItem/resolve`), and
 *   so is the detail when the client resolves it; the latest list is kept to answer.
 * - When the client takes LSP 3.17 item defaults, the range most items edit goes once in
 *   `itemDefaults.editRange`; an item keeps its `textEditText` only when it differs from its
 *   label. The list's id goes once in `itemDefaults.data`; an item is then found by its label
 *   and sort text.
 * - Plain-text items leave out `insertTextFormat` (plain text is the protocol's default).
 *
 * The service gives the same items while the writer types on at the same kind of place (only
 * the range moves): for a client that takes both defaults, the compact items of its shared
 * (frozen) items and lists are made once and sent again as they are. The service's items are
 * never changed.
 */
export class CompletionLists {
  private list = 0;
  private items: readonly CompletionItem[] = [];
  /** Compact items made for the service's shared items and lists (client with both defaults). */
  private readonly compact = new WeakMap<CompletionItem, CompletionItem>();
  private readonly compactLists = new WeakMap<
    readonly CompletionItem[],
    { items: CompletionItem[]; heldBack: boolean }
  >();
  /**
   * Per list of the service's items, their places by label and sort text, made on the first
   * resolve without an index; -1 for a key two items share, which then resolve to nothing rather
   * than to each other's text. (The service's items differ in one or the other: a phrase's sort
   * text ends with its place.)
   */
  private readonly byKey = new WeakMap<readonly CompletionItem[], Map<string, number>>();

  constructor(private readonly support: CompletionListSupport) {}

  /** The list to send for the service's list (see `ScriptService.completeList`). */
  send(list: CompletionList): CompletionItem[] | CompletionList {
    const id = ++this.list;
    this.items = list.items;
    const range = list.itemDefaults?.editRange;
    if (!this.support.editRange || !this.support.dataDefault || !range || !('start' in range)) {
      return this.sendEach(withEdits(list), id);
    }
    const compact = this.compactItems(list.items);
    return {
      isIncomplete: list.isIncomplete,
      itemDefaults: { editRange: range, ...(compact.heldBack ? { data: { huashuList: id } } : {}) },
      items: compact.items,
    };
  }

  /**
   * The items without what waits for resolve, what the defaults give, and the protocol's own
   * defaults. The service's shared items (frozen) are made compact once, and so is a shared list.
   */
  private compactItems(items: readonly CompletionItem[]): { items: CompletionItem[]; heldBack: boolean } {
    const known = this.compactLists.get(items);
    if (known) return known;
    let heldBack = false;
    const compact = items.map((source) => {
      let item = this.compact.get(source);
      if (!item) {
        item = this.compactItem(source);
        if (Object.isFrozen(source)) this.compact.set(source, item);
      }
      heldBack ||= source.documentation !== undefined || (this.support.resolveDetail && source.detail !== undefined);
      return item;
    });
    const made = { items: compact, heldBack };
    if (Object.isFrozen(items)) this.compactLists.set(items, made);
    return made;
  }

  private compactItem(source: CompletionItem): CompletionItem {
    const { documentation: _, detail, textEditText, insertTextFormat, data: __, ...rest } = source;
    const item: CompletionItem = rest;
    if (detail !== undefined && !this.support.resolveDetail) item.detail = detail;
    if (insertTextFormat !== undefined && insertTextFormat !== InsertTextFormat.PlainText)
      item.insertTextFormat = insertTextFormat;
    if (textEditText !== undefined && textEditText !== item.label) item.textEditText = textEditText;
    return item;
  }

  /** A list for a client without both defaults: items with their own edits, each copied for this list. */
  private sendEach(items: CompletionItem[], list: number): CompletionItem[] | CompletionList {
    const { dataDefault, resolveDetail } = this.support;
    const common = this.support.editRange ? commonRange(items) : undefined;
    const light = new Array<CompletionItem>(items.length);
    let heldBack = false;
    for (let index = 0; index < items.length; index++) {
      const { documentation, detail, textEdit, insertTextFormat, ...rest } = items[index]!;
      const item: CompletionItem = rest;
      const holdDetail = resolveDetail && detail !== undefined;
      if (detail !== undefined && !holdDetail) item.detail = detail;
      if (insertTextFormat !== undefined && insertTextFormat !== InsertTextFormat.PlainText)
        item.insertTextFormat = insertTextFormat;
      if (textEdit && common && sameRange((textEdit as TextEdit).range, common)) {
        if (textEdit.newText !== item.label) item.textEditText = textEdit.newText;
      } else if (textEdit) item.textEdit = textEdit;
      if (documentation !== undefined || holdDetail) {
        heldBack = true;
        if (!dataDefault) item.data = { huashuList: list, index } satisfies ListData;
      }
      light[index] = item;
    }
    const data = heldBack && dataDefault ? { huashuList: list } : undefined;
    if (!common && !data) return light;
    return {
      isIncomplete: false,
      itemDefaults: { ...(common ? { editRange: common } : {}), ...(data ? { data } : {}) },
      items: light,
    };
  }

  /** An item of the latest list with its documentation and detail back; other items as they are. */
  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as Partial<ListData> | undefined;
    if (data?.huashuList !== this.list) return item;
    const index = typeof data.index === 'number' ? data.index : this.indexOf(item);
    const source = index === undefined ? undefined : this.items[index];
    if (!source || source.label !== item.label) return item;
    const { documentation, detail } = source;
    if (documentation === undefined && (detail === undefined || item.detail !== undefined)) return item;
    return {
      ...item,
      ...(detail !== undefined && item.detail === undefined ? { detail } : {}),
      ...(documentation !== undefined ? { documentation } : {}),
    };
  }

  private indexOf(item: CompletionItem): number | undefined {
    let byKey = this.byKey.get(this.items);
    if (!byKey) {
      const made = (byKey = new Map<string, number>());
      this.items.forEach((it, index) => {
        const key = itemKey(it);
        made.set(key, made.has(key) ? -1 : index);
      });
      this.byKey.set(this.items, byKey);
    }
    const index = byKey.get(itemKey(item));
    return index === -1 ? undefined : index;
  }
}

const itemKey = (item: CompletionItem) => `${item.label}\u0000${item.sortText ?? ''}`;

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
