import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CompletionItem, CompletionList, Range, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { CompletionLists, type CompletionListSupport } from '../../src/lsp/completionList';
import { PositionMapper } from '../../src/service/text/positions';
import { cursor, en, service, zh } from '../cursor';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(SAMPLES, f), 'utf8'));

const SUPPORTS: CompletionListSupport[] = [false, true].flatMap((editRange) =>
  [false, true].flatMap((dataDefault) =>
    [false, true].map((resolveDetail) => ({ editRange, dataDefault, resolveDetail })),
  ),
);
const VSCODE: CompletionListSupport = { editRange: true, dataDefault: true, resolveDetail: true };

/** Through the wire: what the client receives is JSON. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The items as the editor ends up with them, done as vscode-languageclient does: item defaults
 * applied (`textEditText ?? label` for the default range, the default data), plain text when no
 * format is given, and each item resolved through the server, over JSON, in a shuffled order.
 */
function asEditorHasThem(sent: CompletionItem[] | CompletionList, lists: CompletionLists, order: number[]) {
  const list: CompletionList = Array.isArray(sent) ? { isIncomplete: false, items: sent } : sent;
  const defaults = list.itemDefaults;
  const out = new Array<CompletionItem>(list.items.length);
  for (const index of order) {
    const { textEditText, data, ...item } = list.items[index]!;
    const withData = data ?? defaults?.data;
    const resolved = wire(lists.resolve(wire(withData === undefined ? item : { ...item, data: withData })));
    const { data: _, ...back } = resolved;
    const textEdit: TextEdit | undefined = item.textEdit
      ? (item.textEdit as TextEdit)
      : defaults?.editRange
        ? { range: defaults.editRange as Range, newText: textEditText ?? item.label }
        : undefined;
    out[index] = {
      ...back,
      insertTextFormat: item.insertTextFormat ?? defaults?.insertTextFormat ?? 1,
      ...(textEdit ? { textEdit } : {}),
    };
  }
  return out;
}

/** The service's items with the protocol's default format written out, for comparison. */
const asServiceMeant = (items: CompletionItem[]) =>
  wire(items).map((item) => ({ ...item, insertTextFormat: item.insertTextFormat ?? 1 }));

const shuffled = (n: number, seed: number) => {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
};

describe('compact completion lists', () => {
  it('give the editor exactly the service’s items, for every client capability, anywhere in a script', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: SUPPORTS.length - 1 }),
        fc.boolean(),
        fc.nat(),
        (sample, at, support, chinese, seed) => {
          const text = samples[sample]!;
          const position = new PositionMapper(text).position(Math.floor(at * text.length));
          const settings = chinese ? zh : en;
          const items = service.complete(text, position, settings);
          const lists = new CompletionLists(SUPPORTS[support]!);
          const sent = wire(lists.send(service.completeList(text, position, settings)));
          const got = asEditorHasThem(sent, lists, shuffled(items.length, seed));
          expect(got).toEqual(asServiceMeant(items));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same items in a half-typed value, a quoted one, and one whose rest is quoted with the phrase', () => {
    for (const marked of [
      'script: x\ngreeting: 您¦\n',
      "script: x\nsteps:\n  - agent: '请¦\n",
      'script: x\nsteps:\n  - agent: 您好¦世界\n',
      'script: x\nsteps:\n  - agent: [¦]\n',
      'script: x\nclosing: |\n  ¦\n',
      'script: x\nsteps:\n  - ¦\n',
    ]) {
      const { text, position } = cursor(marked, '¦');
      const items = service.complete(text, position, en);
      for (const support of SUPPORTS) {
        const lists = new CompletionLists(support);
        const sent = wire(lists.send(service.completeList(text, position, en)));
        const got = asEditorHasThem(sent, lists, shuffled(items.length, 7));
        expect(got, `${marked} ${JSON.stringify(support)}`).toEqual(asServiceMeant(items));
      }
    }
  });

  it('leaves out of each item what the client can have otherwise', () => {
    const text = 'script: x\ngreeting: \nclosing: 再见\n';
    const position = { line: 1, character: 'greeting: '.length };
    const items = service.complete(text, position, en);
    expect(items.some((i) => i.insertTextFormat === 1)).toBe(true);
    expect(items.some((i) => (i.textEdit as TextEdit).newText === i.label)).toBe(true);
    const sent = new CompletionLists(VSCODE).send(service.completeList(text, position, en)) as CompletionList;
    expect(sent.itemDefaults?.data).toEqual({ huashuList: expect.any(Number) });
    for (const item of sent.items) {
      expect(item.documentation).toBeUndefined();
      expect(item.detail).toBeUndefined();
      expect(item.data).toBeUndefined();
      expect(item.textEdit).toBeUndefined();
      expect(item.insertTextFormat).not.toBe(1);
      expect(item.textEditText).not.toBe(item.label);
    }
    // A client that does not resolve the detail gets it in the list.
    const plain = new CompletionLists({ ...VSCODE, resolveDetail: false }).send(
      service.completeList(text, position, en),
    ) as CompletionList;
    expect(plain.items.map((i) => i.detail)).toEqual(items.map((i) => i.detail));
  });

  it('sends the compact items made for a list again as the writer types on, each list with its own range and id', () => {
    const lists = new CompletionLists(VSCODE);
    const at = (typed: string) =>
      lists.send(
        service.completeList(`script: x\ngreeting: ${typed}\n`, { line: 1, character: 10 + typed.length }, en),
      ) as CompletionList;
    const first = at('您');
    const second = at('您好');
    expect(second.items).toBe(first.items);
    expect(second.itemDefaults!.editRange).toEqual({
      start: { line: 1, character: 10 },
      end: { line: 1, character: 12 },
    });
    expect(second.itemDefaults!.data).not.toEqual(first.itemDefaults!.data);
    // The second list's items resolve; the first's, sent again with its old id, do not.
    const item = second.items[0]!;
    expect(lists.resolve({ ...item, data: second.itemDefaults!.data }).documentation).toBeDefined();
    expect(lists.resolve({ ...item, data: first.itemDefaults!.data }).documentation).toBeUndefined();
  });

  it('resolves nothing for an item of an older list or of no list, and leaves such an item as it is', () => {
    const text = 'script: x\ngreeting: \n';
    const list = service.completeList(text, { line: 1, character: 'greeting: '.length }, en);
    const lists = new CompletionLists(VSCODE);
    const first = lists.send(list) as CompletionList;
    const older = { ...first.items[0]!, data: first.itemDefaults!.data };
    lists.send(list);
    expect(lists.resolve(older)).toEqual(older);
    expect(lists.resolve({ label: 'x' })).toEqual({ label: 'x' });
    expect(lists.resolve({ label: 'x', data: { huashuList: 'nope' } })).toEqual({
      label: 'x',
      data: { huashuList: 'nope' },
    });
  });

  it('resolves two items that share a label and sort text to nothing rather than to each other', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const items: CompletionList = {
      isIncomplete: false,
      itemDefaults: { editRange: range },
      items: [
        { label: 'a', sortText: '1', documentation: 'first', textEditText: 'a' },
        { label: 'a', sortText: '1', documentation: 'second', textEditText: 'a' },
        { label: 'b', sortText: '1', documentation: 'third', textEditText: 'b' },
      ],
    };
    const lists = new CompletionLists(VSCODE);
    const sent = lists.send(items) as CompletionList;
    const data = sent.itemDefaults!.data;
    expect(lists.resolve({ ...sent.items[0]!, data }).documentation).toBeUndefined();
    expect(lists.resolve({ ...sent.items[2]!, data }).documentation).toBe('third');
    // With an index per item, each finds its own.
    const indexed = new CompletionLists({ ...VSCODE, dataDefault: false });
    const each = indexed.send(items) as CompletionList;
    expect(each.items.map((i) => indexed.resolve(i).documentation)).toEqual(['first', 'second', 'third']);
  });
});
