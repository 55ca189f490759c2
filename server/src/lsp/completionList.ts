import { InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { editRangeOf, withEdits } from '../service/features/itemDefaults';

/** What the client lets a completion list leave out (LSP 3.17). */
export interface CompletionListSupport {
  /** `itemDefaults.editRange`: the range most items edit goes once. */
  editRange: boolean;
  /** `itemDefaults.data`: the list's id goes once, not in every item. */
  dataDefault: boolean;
  /** `resolveSupport.properties` has `detail`: the detail comes on resolve, as the documentation does. */
  resolveDetail: boolean;
}

/** A list's items made compact, and which of them hold something back for resolve. */
interface Compact {
  items: CompletionItem[];
  held: boolean[];
  heldBack: boolean;
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
 * - When the client takes LSP 3.17 item defaults, the service's list range goes once in
 *   `itemDefaults.editRange`; an item keeps its `textEditText` only when it differs from its
 *   label. The list's id goes once in `itemDefaults.data`; an item is then found by its label
 *   and sort text.
 * - Plain-text items leave out `insertTextFormat` (plain text is the protocol's default).
 *
 * The service gives the same items while the writer types on at the same kind of place (only
 * the range moves): the compact items of its shared (frozen) items and lists are made once and
 * sent again as they are. The service's items are never changed.
 */
export class CompletionLists {
  private list = 0;
  private items: readonly CompletionItem[] = [];
  /** Compact items made for the service's shared items and lists. */
  private readonly compact = new WeakMap<CompletionItem, CompletionItem>();
  private readonly compactLists = new WeakMap<readonly CompletionItem[], Compact>();
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
    const { editRange, dataDefault } = this.support;
    const range = editRange ? editRangeOf(list) : undefined;
    // Without the range default, every item gets its own edit (new items, compacted anew).
    const compact = this.compactItems(range ? list.items : withEdits(list));
    const data = compact.heldBack ? { huashuList: id } : undefined;
    const items =
      data && !dataDefault
        ? compact.items.map((item, index) =>
            compact.held[index] ? { ...item, data: { ...data, index } satisfies ListData } : item,
          )
        : compact.items;
    const defaults = { ...(range ? { editRange: range } : {}), ...(data && dataDefault ? { data } : {}) };
    if (Object.keys(defaults).length === 0) return items;
    return { isIncomplete: list.isIncomplete, itemDefaults: defaults, items };
  }

  /**
   * The items without what waits for resolve (`held`: the items that hold something back), what
   * the range default gives, and the protocol's own defaults. The service's shared items (frozen)
   * are made compact once, and so is a shared list.
   */
  private compactItems(items: readonly CompletionItem[]): Compact {
    const known = this.compactLists.get(items);
    if (known) return known;
    const { resolveDetail } = this.support;
    const held = items.map(
      (source) => source.documentation !== undefined || (resolveDetail && source.detail !== undefined),
    );
    const made: Compact = {
      items: items.map((source) => {
        let item = this.compact.get(source);
        if (!item) {
          item = this.compactItem(source);
          if (Object.isFrozen(source)) this.compact.set(source, item);
        }
        return item;
      }),
      held,
      heldBack: held.includes(true),
    };
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
