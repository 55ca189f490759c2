import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { builtinPhrasebook, compilePhrasebook, createScriptService, type CheckSettings } from '../../src/service';
import { slice } from '../util';
import { cursor, en, service, zh } from '../cursor';

const book = builtinPhrasebook().book;

function hoverAt(marked: string, settings: CheckSettings = en) {
  const { text, position } = cursor(marked);
  const result = service.hover(text, position, settings);
  return result && { value: (result.contents as MarkupContent).value, covers: slice(text, result.range!) };
}

describe('hover on a forbidden phrase', () => {
  it('names the category, why it hurts and the phrases to say instead', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: 哎，真烦|人！\n');
    const grumble = book.forbiddenCategories.get('grumble')!;
    expect(h).toEqual({
      value: [
        `**Grumbling about the customer** (error): ${grumble.why!.en}`,
        'Say instead:\n- 请您别着急，慢慢讲，我们会尽力帮您解决。',
      ].join('\n\n'),
      covers: '真烦人',
    });
  });

  it('lists every suggestion, in Traditional Chinese for the zh locale, on Traditional text', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: 我問你，急什|麼？\n', zh)!;
    expect(h.covers).toBe('急什麼');
    expect(h.value).toMatch(/^\*\*教訓語\*\*（錯誤）：/);
    expect(h.value).toContain('請改說：\n- 請您別著急，慢慢講，我們會盡力幫您解決。\n- 請您不要著急，一定給您解決好');
  });

  it('covers the source of a phrase in a double-quoted string with escapes', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: "\\u771f烦|人"\n')!;
    expect(h.covers).toBe('\\u771f烦人');
  });

  it('says nothing about customer lines or plain agent text', () => {
    expect(hoverAt('script: x\nsteps:\n  - customer: 真烦|人\n')).toBeNull();
    expect(hoverAt('script: x\nsteps:\n  - agent: 您|好\n')).toBeNull();
  });
});

describe('the forbidden-phrase hover asks the rule', () => {
  const marked = 'script: x\nsteps:\n  - agent: 哎，真烦|人！\n';

  it('says nothing when the rule is off', () => {
    expect(hoverAt(marked, { locale: 'en', rules: { 'forbidden-phrase': 'off' } })).toBeNull();
  });

  it('still describes a placeholder in the same line when the rule is off', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: 真烦人，{cust|omer}\n', {
      locale: 'en',
      rules: { 'forbidden-phrase': 'off' },
    })!;
    expect(h.covers).toBe('{customer}');
  });

  it('shows the level the rule reports at', () => {
    expect(hoverAt(marked, { locale: 'en', rules: { 'forbidden-phrase': 'warning' } })!.value).toMatch(
      /^\*\*Grumbling about the customer\*\* \(warning\): /,
    );
    expect(hoverAt(marked, { locale: 'zh', rules: { 'forbidden-phrase': 'hint' } })!.value).toMatch(
      /^\*\*埋怨语\*\*（提示）：/,
    );
  });

  it('covers exactly the range of each forbidden-phrase diagnostic of the samples, from any of its characters', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'all-rules.script.yaml'), 'utf8');
    const diagnostics = service.validate(text, en).filter((d) => d.code === 'forbidden-phrase');
    expect(diagnostics.length).toBeGreaterThan(2);
    for (const d of diagnostics) {
      for (let character = d.range.start.character; character < d.range.end.character; character++) {
        const h = service.hover(text, { line: d.range.start.line, character }, en);
        expect(h?.range, `${d.message} at ${character}`).toEqual(d.range);
        const value = (h!.contents as MarkupContent).value;
        expect(value).not.toContain(String(d.message));
        expect(value).not.toContain('Forbidden phrase');
        expect(value).toContain('Say instead:\n- ');
      }
    }
  });
});

describe('hover on a placeholder', () => {
  it('describes a known placeholder', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: "{cust|omer}，您好"\n', zh)!;
    expect(h.covers).toBe('{customer}');
    const description = book.placeholders.get('customer')!.description.zh;
    expect(description).toContain('**先生');
    expect(h.value).toBe(`**{customer}** — ${description.replace(/\*/g, '\\*')}`);
  });

  it('names the nearest known placeholder of an unknown one', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: 请{agn|et_id}稍等\n')!;
    expect(h.covers).toBe('{agnet_id}');
    expect(h.value).toMatch(
      /^Unknown placeholder \*\*\{agnet\\_id\}\*\*\. The nearest known one is \*\*\{agent_id\}\*\*: Agent ID/,
    );
  });

  it('says which placeholder an alias stands for', () => {
    const aliased = createScriptService({
      phrasebook: compilePhrasebook({ ...book, placeholderAliases: new Map([['工号', 'agent_id']]) }),
    });
    const { text, position } = cursor('script: x\nsteps:\n  - agent: 我的工号是{工|号}\n');
    const h = aliased.hover(text, position, en)!;
    expect((h.contents as MarkupContent).value).toBe(
      `**{工号}** stands for **{agent_id}**: ${book.placeholders.get('agent_id')!.description.en.replace(/\*/g, '\\*')}`,
    );
  });

  it('lists the known placeholders when none is near', () => {
    const h = hoverAt('script: x\nsteps:\n  - agent: 请{zzz|zzzzz}稍等\n', zh)!;
    expect(h.value).toMatch(/^未知的占位符 \*\*\{zzzzzzzz\}\*\*。已知的有：`\{agent_id\}`, `\{brand\}`/);
  });
});

describe('hover on a key', () => {
  it('explains top-level keys, turn keys and variant keys in the locale', () => {
    expect(hoverAt('script: x\ngree|ting: 您好\n', zh)).toEqual({
      value: '**greeting** — 必填：开始语。一个字符串，或由字符串和 {agent, when} 组成的列表；都是客服说的话。',
      covers: 'greeting',
    });
    expect(hoverAt('script: x\nsteps:\n  - agent: 好\n    ne|xt: a\n')).toEqual({
      value: '**next** — Optional: the id of the turn that follows.',
      covers: 'next',
    });
    expect(hoverAt('script: x\nclosing:\n  - agent: 再见\n    wh|en: 节日\n')!.value).toMatch(
      /^\*\*when\*\* — Optional: when this variant is used/,
    );
  });

  it('says nothing about unknown keys', () => {
    expect(hoverAt('script: x\nti|tle: 好\n')).toBeNull();
  });
});
