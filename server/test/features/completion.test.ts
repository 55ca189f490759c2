import type { TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { CompletionLists } from '../../src/lsp/completionList';
import { builtinPhrasebook } from '../../src/service';
import { phraseInsert } from '../../src/service/features/snippets';
import { accept, byLabel, completeAt, cursor, en, expandSnippet, service, zh } from '../cursor';

const book = builtinPhrasebook().book;
const categoryOrder = [...book.approvedCategories.keys()];
/** The phrases completion offers: all but those marked `offer: false`. */
const offered = book.approved.filter((p) => p.offer !== false);
const textsOf = (pred: (p: (typeof book.approved)[number]) => boolean) => offered.filter(pred).map((p) => p.text);
const labels = (items: { label: string }[]) => items.map((i) => i.label);
/** The agent value of the first turn after parsing `text`. */
const firstAgent = (text: string) =>
  service.parse(text).speech.find((s) => s.section === 'steps' && s.role === 'agent')?.text.value;

describe('completion of agent speech in steps', () => {
  const marked = 'script: x\nsteps:\n  - agent: |\nclosing: 再见\n';

  it('offers every approved phrase on an empty `agent: `, grouped by category in phrasebook order', () => {
    const items = completeAt(marked, zh);
    expect(items).toHaveLength(offered.length);
    const categoryOfItem = items.map((i) => offered.find((p) => p.text === i.label)!.category);
    const firstSeen = [...new Set(categoryOfItem)];
    expect(firstSeen).toEqual(categoryOrder.filter((c) => categoryOfItem.includes(c)));
    for (let i = 1; i < categoryOfItem.length; i++) {
      expect(categoryOrder.indexOf(categoryOfItem[i]!)).toBeGreaterThanOrEqual(
        categoryOrder.indexOf(categoryOfItem[i - 1]!),
      );
    }
    expect(items[0]!.label).toBe('您好，{brand}，很高兴为您服务！');
    expect(offered.length).toBe(book.approved.length - 1);
    expect(items[0]!.detail).toBe('开始语/首问语');
  });

  it('names the category, the condition, the source and the id', () => {
    const item = byLabel(completeAt(marked, en), '新年好，{brand}，很高兴为您服务！');
    expect(item.detail).toBe('Greeting · when: 元旦、春节');
    expect(item.documentation).toEqual({
      kind: 'markdown',
      value: 'Source: 客服服务日常用语范文 第1篇 (一)开始语 2(1)\n\nid: `greeting-new-year`',
    });
    expect(byLabel(completeAt(marked, zh), '新年好，{brand}，很高兴为您服务！').detail).toBe(
      '开始语/首问语 · 条件：元旦、春节',
    );
  });

  it('inserts at the cursor of an empty value and the value parses back to the phrase', () => {
    const item = byLabel(completeAt(marked), '请问还有什么可以帮您？');
    expect((item.textEdit as TextEdit).range).toEqual({
      start: { line: 2, character: 11 },
      end: { line: 2, character: 11 },
    });
    expect(item.insertTextFormat).toBe(1);
    expect(accept(marked, item)).toBe('script: x\nsteps:\n  - agent: 请问还有什么可以帮您？\nclosing: 再见\n');
  });

  it('replaces a half-typed value from its start, filtering on the phrase', () => {
    const typed = 'script: x\nsteps:\n  - agent: 请问还|\nclosing: 再见\n';
    const item = byLabel(completeAt(typed), '请问还有什么可以帮您？');
    expect((item.textEdit as TextEdit).range).toEqual({
      start: { line: 2, character: 11 },
      end: { line: 2, character: 14 },
    });
    expect(item.filterText ?? item.label).toBe('请问还有什么可以帮您？');
    expect(accept(typed, item)).toBe('script: x\nsteps:\n  - agent: 请问还有什么可以帮您？\nclosing: 再见\n');
  });

  it('adds the space after a colon typed without one', () => {
    const typed = 'script: x\nsteps:\n  - agent:|\n';
    expect(accept(typed, byLabel(completeAt(typed), '请问还有什么可以帮您？'))).toBe(
      'script: x\nsteps:\n  - agent: 请问还有什么可以帮您？\n',
    );
  });

  it('works at the end of a document without a final line break, and on a new blank turn line', () => {
    expect(completeAt('script: x\nsteps:\n  - agent: |')).toHaveLength(offered.length);
    expect(completeAt('script: x\nsteps:\n  - id: a\n    agent: |\n  - customer: 好\n')).toHaveLength(offered.length);
  });

  it('reads the line being typed when a quote or bracket left open above swallows it', () => {
    for (const broken of [
      'script: x\nsteps:\n  - agent: "您好\n  - agent: |\n',
      'script: x\ngreeting: [您好\nsteps:\n  - agent: |\n',
    ]) {
      const item = byLabel(completeAt(broken), '请问还有什么可以帮您？');
      expect((item.textEdit as TextEdit).range).toEqual({
        start: { line: 3, character: 11 },
        end: { line: 3, character: 11 },
      });
    }
  });

  it('replaces a typed value and the spaces after it up to the cursor', () => {
    const marked = 'script: x\nsteps:\n  - agent: 您好  |\n';
    expect(accept(marked, byLabel(completeAt(marked), '请问还有什么可以帮您？'))).toBe(
      'script: x\nsteps:\n  - agent: 请问还有什么可以帮您？\n',
    );
  });

  it('turns placeholders into numbered tab stops and keeps {agent_id} literal', () => {
    const phrase =
      '{customer}，您好，我是{brand}{agent_id}号话务员，您{date}反映的{issue}问题，向您做个了解，请问您现在方便接听电话吗？';
    const item = byLabel(completeAt(marked), phrase);
    expect(item.insertTextFormat).toBe(2);
    expect((item.textEdit as TextEdit).newText).toBe(
      "'${1:{customer\\}}，您好，我是${2:{brand\\}}{agent_id\\}号话务员，您${3:{date\\}}反映的${4:{issue\\}}问题，向您做个了解，请问您现在方便接听电话吗？'",
    );
    expect(firstAgent(accept(marked, item))).toBe(phrase);
    const literal = byLabel(completeAt(marked), '我是{agent_id}号，如服务不周请您谅解。');
    expect(literal.insertTextFormat).toBe(1);
    expect((literal.textEdit as TextEdit).newText).toBe('我是{agent_id}号，如服务不周请您谅解。');
  });

  it('escapes phrases for the quoting style of the value being typed', () => {
    const single = "script: x\nsteps:\n  - agent: '|'\n";
    const item = byLabel(completeAt(single), '{customer}，您好！');
    expect((item.textEdit as TextEdit).newText).toBe('${1:{customer\\}}，您好！');
    expect(firstAgent(accept(single, item))).toBe('{customer}，您好！');
    expect(phraseInsert("It's {customer}", 'single')!.text).toBe("It''s ${1:{customer\\}}");
    expect(phraseInsert('say "{customer}"', 'double')!.text).toBe('say \\\\"${1:{customer\\}}\\\\"');
    expect(expandSnippet(phraseInsert('say "{customer}"', 'double')!.text)).toBe('say \\"{customer}\\"');
    expect(phraseInsert('$5 \\ {brand}', 'block')!.text).toBe('\\$5 \\\\ ${1:{brand\\}}');
    expect(phraseInsert('{a}{b}{a}', 'block')!.text).toBe('${1:{a\\}}${2:{b\\}}${1:{a\\}}');
  });
});

describe('completion in greeting, closing and scenarios', () => {
  const greetings = textsOf((p) => p.category === 'greeting');
  const closings = textsOf((p) => p.category === 'closing');

  it('lists greetings first in a `greeting:` value', () => {
    const items = completeAt('script: x\ngreeting: |\n');
    expect(labels(items.slice(0, greetings.length)).sort()).toEqual([...greetings].sort());
    expect(greetings).not.toContain(items[greetings.length]!.label);
  });

  it('lists greetings first in a greeting list item and in a variant`s agent', () => {
    const item = completeAt('script: x\ngreeting:\n  - 您|\n');
    expect(labels(item.slice(0, greetings.length)).sort()).toEqual([...greetings].sort());
    expect((byLabel(item, greetings[0]!).textEdit as TextEdit).range).toEqual({
      start: { line: 2, character: 4 },
      end: { line: 2, character: 5 },
    });
    expect(byLabel(item, 'when').sortText! > item[greetings.length - 1]!.sortText!).toBe(true);
    const variant = completeAt('script: x\ngreeting:\n  - agent: |\n    when: 节日\n');
    expect(labels(variant.slice(0, greetings.length)).sort()).toEqual([...greetings].sort());
  });

  it('lists closings first in `closing:` and in a new closing item, with the variant keys', () => {
    const items = completeAt('script: x\nclosing:\n  - |\n');
    expect(labels(items.slice(0, closings.length)).sort()).toEqual([...closings].sort());
    expect(labels(items)).toContain('agent');
    const marked = 'script: x\nclosing: |';
    expect(accept(marked, byLabel(completeAt(marked), closings[0]!))).toBe(`script: x\nclosing: ${closings[0]}`);
  });

  it("puts the phrases of the scenario's own situation first", () => {
    const own = textsOf((p) => p.situation === 'silent-call');
    const items = completeAt('script: x\nscenarios:\n  silent-call:\n    - agent: |\n');
    expect(labels(items.slice(0, own.length)).sort()).toEqual([...own].sort());
    expect(own).not.toContain(items[own.length]!.label);
    expect(items).toHaveLength(offered.length);
  });

  it('puts the phrases of situations sharing a word with the scenario next', () => {
    const near = textsOf((p) => p.situation === 'supervisor-request');
    const items = completeAt('script: x\nscenarios:\n  supervisor:\n    - customer: 找领导\n    - agent: |\n');
    expect(labels(items.slice(0, near.length)).sort()).toEqual([...near].sort());
  });
});

describe('completion of placeholders', () => {
  it('offers the known placeholders after `{` with their description', () => {
    const marked = 'script: x\nsteps:\n  - agent: 您好{|\n';
    const items = completeAt(marked, zh);
    expect(labels(items)).toEqual([...book.placeholders.keys()].map((k) => `{${k}}`));
    const customer = byLabel(items, '{customer}');
    expect(customer.documentation).toEqual({
      kind: 'markdown',
      value: book.placeholders.get('customer')!.description.zh,
    });
    expect(customer.detail).toBe('客户称呼');
    expect(accept(marked, customer)).toBe('script: x\nsteps:\n  - agent: 您好{customer}\n');
  });

  it('replaces the partial name and a closing brace the editor added', () => {
    const marked = 'script: x\nsteps:\n  - agent: 您好{cus|}，请稍等\n';
    const item = byLabel(completeAt(marked), '{customer}');
    expect((item.textEdit as TextEdit).range).toEqual({
      start: { line: 2, character: 13 },
      end: { line: 2, character: 18 },
    });
    expect(accept(marked, item)).toBe('script: x\nsteps:\n  - agent: 您好{customer}，请稍等\n');
  });

  it('quotes a plain value that would start with `{`', () => {
    const marked = 'script: x\nsteps:\n  - agent: {|\n';
    const item = byLabel(completeAt(marked), '{customer}');
    expect((item.textEdit as TextEdit).newText).toBe("'{customer\\}$0'");
    const text = accept(marked, item);
    expect(text).toBe("script: x\nsteps:\n  - agent: '{customer}'\n");
    expect(firstAgent(text)).toBe('{customer}');
  });

  it('works inside a block scalar without quoting', () => {
    const marked = 'script: x\nsteps:\n  - agent: |\n      {ag¦\n';
    const item = byLabel(completeAt(marked, en, '¦'), '{agent_id}');
    expect(accept(marked, item, '¦')).toBe('script: x\nsteps:\n  - agent: |\n      {agent_id}\n');
  });
});

describe('completion of keys', () => {
  it('offers the top-level keys the script does not have', () => {
    const marked = 'script: x\n|\nclosing: 再见\n';
    expect(labels(completeAt(marked))).toEqual(['brand', 'channel', 'greeting', 'steps', 'scenarios']);
    const greeting = byLabel(completeAt(marked, zh), 'greeting');
    expect(greeting.documentation).toEqual({ kind: 'markdown', value: expect.stringContaining('开始语') });
    expect(accept(marked, greeting)).toBe('script: x\ngreeting: \nclosing: 再见\n');
  });

  it('replaces a half-typed top-level key, which does not count as present', () => {
    const marked = 'script: x\ngree|\n';
    const item = byLabel(completeAt(marked), 'greeting');
    expect(accept(marked, item)).toBe('script: x\ngreeting: \n');
    expect(labels(completeAt('gre|'))).toContain('greeting');
    expect(labels(completeAt('|'))).toEqual([
      'script',
      'brand',
      'channel',
      'greeting',
      'steps',
      'scenarios',
      'closing',
    ]);
  });

  it('replaces the whole key when the cursor is inside one, keeping its colon', () => {
    const marked = 'script: x\ngr|eting: 您好\n';
    const item = byLabel(completeAt(marked), 'greeting');
    expect((item.textEdit as TextEdit).range).toEqual({
      start: { line: 1, character: 0 },
      end: { line: 1, character: 7 },
    });
    expect(accept(marked, item)).toBe('script: x\ngreeting: 您好\n');
  });

  it('offers the keys of a new turn after `- `', () => {
    const marked = 'script: x\nsteps:\n  - agent: 好\n  - |\n';
    expect(labels(completeAt(marked))).toEqual([
      'id',
      'agent',
      'customer',
      'when',
      'note',
      'next',
      'branches',
      'otherwise',
      'end',
      'pause',
    ]);
    expect(accept(marked, byLabel(completeAt(marked), 'customer'))).toBe(
      'script: x\nsteps:\n  - agent: 好\n  - customer: \n',
    );
  });

  it('leaves out the keys a turn has, and both speakers once it has one', () => {
    expect(labels(completeAt('script: x\nsteps:\n  - agent: 好\n    |\n  - id: b\n    customer: 嗯\n'))).toEqual([
      'id',
      'when',
      'note',
      'next',
      'branches',
      'otherwise',
      'end',
      'pause',
    ]);
    expect(labels(completeAt('script: x\nsteps:\n  - id: a\n    |\n    note: 备注\n'))).toEqual([
      'agent',
      'customer',
      'when',
      'next',
      'branches',
      'otherwise',
      'end',
      'pause',
    ]);
  });

  it('completes a half-typed key in a turn, from the line when YAML cannot parse it', () => {
    const marked = 'script: x\nsteps:\n  - id: a\n    ag|\n';
    const item = byLabel(completeAt(marked), 'agent');
    expect((item.textEdit as TextEdit).range).toEqual({
      start: { line: 3, character: 4 },
      end: { line: 3, character: 6 },
    });
    expect(accept(marked, item)).toBe('script: x\nsteps:\n  - id: a\n    agent: \n');
  });

  it('offers the keys of a variant in a greeting', () => {
    expect(labels(completeAt('script: x\ngreeting:\n  - agent: 您好\n    |\n'))).toEqual(['when']);
  });

  it('offers scenario names from the phrasebook situations not used yet', () => {
    const items = labels(completeAt('script: x\nscenarios:\n  silent-call:\n    - agent: 喂\n  |\n'));
    expect(items).toContain('poor-line');
    expect(items).not.toContain('silent-call');
  });

  it('offers nothing inside a comment', () => {
    expect(completeAt('script: x\n# 备注 |\n')).toEqual([]);
  });
});

describe('completion of values', () => {
  const marked = [
    'script: x',
    'steps:',
    '  - id: ask',
    '    agent: 请问您贵姓？',
    '  - id: wait',
    '    customer: 我姓王',
    'scenarios:',
    '  poor-line:',
    '    - id: retry',
    '      agent: 对不起，我听不清您的声音',
    '      next: |',
  ].join('\n');

  it('offers turn ids after `next:`, those of the same list first, with their first words', () => {
    const items = completeAt(marked);
    expect(labels(items)).toEqual(['retry', 'ask', 'wait']);
    expect(byLabel(items, 'ask').detail).toBe('agent: 请问您贵姓？');
    expect(byLabel(items, 'wait').detail).toBe('customer: 我姓王');
    expect(accept(marked, byLabel(items, 'ask')).endsWith('      next: ask')).toBe(true);
  });

  it('offers the channels after `channel:`', () => {
    const items = completeAt('script: x\nchannel: |\n', zh);
    expect(labels(items)).toEqual(['phone', 'chat']);
    expect(items[0]!.detail).toBe('电话（默认）');
  });
});

describe('completion in a Traditional Chinese script', () => {
  const traditional =
    'script: 投訴受理\ngreeting: 您好，工號{agent_id}為您服務，請問有什麼可以幫您？\nsteps:\n  - agent: |\n';

  it('shows and inserts the phrases in Traditional characters', () => {
    const items = completeAt(traditional);
    expect(items[0]!.label).toBe('您好，{brand}，很高興為您服務！');
    const item = byLabel(items, '請問還有什麼可以幫您？');
    expect(item.filterText ?? item.label).toBe('請問還有什麼可以幫您？');
    expect(accept(traditional, item).endsWith('  - agent: 請問還有什麼可以幫您？\n')).toBe(true);
  });

  it('keeps Simplified phrases for a Simplified script, punctuation notwithstanding', () => {
    const items = completeAt(
      'script: x\ngreeting: 您好，工号{agent_id}为您服务，请问有什么可以帮您？\nsteps:\n  - agent: |\n',
    );
    expect(items[0]!.label).toBe('您好，{brand}，很高兴为您服务！');
  });
});

describe('completion lists sent with item defaults', () => {
  it('sends the range most items edit once, and keeps the edit of an item that quotes the rest of its value', () => {
    const { text, position } = cursor('script: x\nsteps:\n  - agent: 您好|世界\n');
    const items = service.complete(text, position, en);
    const quoted = items.filter((i) => (i.textEdit as TextEdit).newText.startsWith("'"));
    expect(quoted.length).toBeGreaterThan(0);
    const list = new CompletionLists({ editRange: true, dataDefault: false, resolveDetail: false }).send(
      service.completeList(text, position, en),
    ) as {
      itemDefaults: { editRange: unknown };
      items: Array<{ textEdit?: TextEdit; textEditText?: string; label: string }>;
    };
    expect(list.itemDefaults.editRange).toEqual((items.find((i) => !quoted.includes(i))!.textEdit as TextEdit).range);
    for (const [i, item] of list.items.entries()) {
      const full = items[i]!.textEdit as TextEdit;
      if (quoted.includes(items[i]!)) expect(item.textEdit).toEqual(full);
      else expect(item.textEditText ?? item.label).toBe(full.newText);
    }
  });
});

describe('completion in a very long value', () => {
  it('never copies the long rest of the value into an item, and still offers the phrases that stay plain', () => {
    const { text, position } = cursor(`script: x\nsteps:\n  - agent: 您好|${'请'.repeat(10_000)}\n`);
    const items = service.complete(text, position, en);
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) expect((item.textEdit as TextEdit).newText.length).toBeLessThan(1000);
  });
});
