import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { createScriptService, FIX_ALL_KIND } from '../../src/service';
import { clonePhrasebook } from '../../src/service/phrasebook/load';
import { builtinPhrasebook } from '../../src/service/phrasebook/builtin';
import { compilePhrasebook } from '../../src/service/phrasebook/compiled';
import { cursor } from '../cursor';
import { actionEdits, applyLsp, completionEdit } from './lsp';

const URI = 'file:///work/t.script.yaml';
const service = createScriptService();
const en = { locale: 'en' as const, rules: {} };

const js = (text: string) => {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  return doc.toJS();
};

function quickFix(text: string, code: string, svc = service, data?: (d: Diagnostic) => Diagnostic): string | undefined {
  const found = svc.validate(text, en).find((d) => d.code === code);
  expect(found, `a ${code} diagnostic`).toBeDefined();
  const d = data ? data(found!) : found!;
  const action = svc.codeActions(text, URI, d.range, [d], en).find((a) => a.isPreferred);
  return action ? applyLsp(text, actionEdits(action, URI)) : undefined;
}

function fixAll(text: string, svc = service): string {
  const action = svc
    .codeActions(text, URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], en, [
      FIX_ALL_KIND,
    ])
    .find((a) => a.kind === FIX_ALL_KIND);
  return action ? applyLsp(text, actionEdits(action, URI)) : text;
}

const HEAD = 'script: 测试\ngreeting: 您好，工号{agent_id}为您服务。\n';

describe('issue 9 item 3: edits inside flow collections', () => {
  it('quotes a fix in a flow mapping, so the value keeps its comma', () => {
    const text = `${HEAD}steps:\n  - {agent: 我是1023号话务员，请讲}\nclosing: 再见\n`;
    const fixed = quickFix(text, 'hardcoded-agent-id')!;
    expect(js(fixed).steps).toEqual([{ agent: '我是{agent_id}号话务员，请讲' }]);
  });

  it('keeps a flow list of closings a list of two after a fix', () => {
    const text = `${HEAD}closing: [感谢您的来电, 你们真烦人]\n`;
    const fixed = quickFix(text, 'forbidden-phrase')!;
    const closing = js(fixed).closing as string[];
    expect(closing).toHaveLength(2);
    expect(closing[0]).toBe('感谢您的来电');
    expect(closing[1]).not.toContain('真烦人');
  });

  it('fix-all leaves mixed flow scripts valid, with every value as intended', () => {
    const text = `${HEAD}steps:\n  - {agent: 我是1023号话务员，请讲}\n  - {agent: '你们真烦人', next: lisen}\n  - id: listen\n    agent: 好的\nclosing: [感谢您的来电, 你们真烦人]\n`;
    const fixed = fixAll(text);
    const doc = js(fixed);
    expect(doc.steps[0].agent).toBe('我是{agent_id}号话务员，请讲');
    expect(doc.steps[1].next).toBe('listen');
    expect(doc.closing).toHaveLength(2);
  });

  it('completion in a flow list replaces only the current item, quoted where needed', () => {
    const { text, position } = cursor(`${HEAD}closing: [感谢您的来电, |]\n`);
    const items = service.complete(text, position, en);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const edit = completionEdit(item);
      expect(edit.range.start.character).toBe(position.character);
      const after = applyLsp(text, [edit]);
      const closing = js(after).closing as string[];
      expect(closing).toHaveLength(2);
      expect(closing[0]).toBe('感谢您的来电');
    }
  });
});

describe('issue 9 item 4: team suggestions cannot change structure', () => {
  const book = clonePhrasebook(builtinPhrasebook().book);
  book.approved.push(
    { id: 'team-1', text: 'Sorry, I will help', category: 'closing', origin: { file: 't', line: 1 } },
    { id: 'team-2', text: '第一行\n第二行: [x]', category: 'closing', origin: { file: 't', line: 2 } },
  );
  const team = createScriptService({ phrasebook: compilePhrasebook(book) });

  for (const suggestion of ['Sorry, I will help', '第一行\n第二行: [x] # 不是注释']) {
    it(`a fix with ${JSON.stringify(suggestion)} in a flow list keeps two items`, () => {
      const text = `${HEAD}closing: [感谢您的来电, 你们真烦人]\n`;
      const fixed = quickFix(text, 'forbidden-phrase', team, (d) => ({
        ...d,
        data: { ...(d.data as object), replacements: [suggestion] },
      }))!;
      expect(js(fixed).closing).toEqual(['感谢您的来电', suggestion]);
    });
  }

  it('completion of a team phrase with a comma or a line break keeps the flow list and the block value intact', () => {
    for (const marked of [`${HEAD}closing: [感谢您的来电, |]\n`, `${HEAD}closing:\n  - |\n`]) {
      const { text, position } = cursor(marked);
      for (const label of ['Sorry, I will help', '第一行\n第二行: [x]']) {
        const item = team.complete(text, position, en).find((i) => i.label === label);
        if (!item) continue;
        const closing = js(applyLsp(text, [completionEdit(item)])).closing as string[];
        expect(closing[closing.length - 1]).toBe(label);
      }
    }
  });
});

describe('issue 9 item 8: quoting a value that starts with a placeholder', () => {
  it('keeps a trailing comment outside the quotes', () => {
    const text = `${HEAD}steps:\n  - agent: {customer}，您好   # 备注：语气要温和\nclosing: 再见\n`;
    const fixed = quickFix(text, 'yaml-syntax')!;
    expect(fixed).toContain('# 备注：语气要温和');
    expect(js(fixed).steps[0].agent).toBe('{customer}，您好');
  });

  it('never leaves broken YAML on a multi-line value', () => {
    const text = `${HEAD}steps:\n  - agent: {customer}，您好\n      请问有什么可以帮您\nclosing: 再见\n`;
    const fixed = quickFix(text, 'yaml-syntax');
    if (fixed !== undefined) expect(parseDocument(fixed).errors).toEqual([]);
  });
});

describe('issue 9 item 10: folded blocks with a more-indented line', () => {
  it('keeps the line breaks outside the replaced phrase', () => {
    // The phrase spans a folded line break (a space in the value); the more-indented line after it keeps its breaks.
    const text = `${HEAD}steps:\n  - agent: >\n      你们真\n      烦人\n        请稍等\n      好的\nclosing: 再见\n`;
    const before = js(text).steps[0].agent as string;
    expect(before).toBe('你们真 烦人\n  请稍等\n好的\n');
    const fixed = quickFix(text, 'forbidden-phrase')!;
    const after = js(fixed).steps[0].agent as string;
    expect(after.endsWith('\n  请稍等\n好的\n')).toBe(true);
    expect(after.split('\n').length).toBe(before.split('\n').length);
  });

  it('keeps every byte outside the clause when the phrase sits on the more-indented line', () => {
    const text = `${HEAD}steps:\n  - agent: >\n      请讲\n        你们真烦人\n      好的\nclosing: 再见\n`;
    const fixed = quickFix(text, 'forbidden-phrase')!;
    const after = js(fixed).steps[0].agent as string;
    expect(after).toBe('请讲\n  请您别着急，慢慢讲，我们会尽力帮您解决。\n好的\n');
  });
});

describe('issue 9 item 11: fix-all is idempotent', () => {
  it('fixes two problems that each rewrite the same scalar, in one pass', () => {
    const text = `${HEAD}steps:\n  - agent: XX先生，你们真烦人 # 注\n  - agent: 你们真烦人，我是1023号话务员 # 注\n  - agent: "急什么？\\u4f60们真烦人"\nclosing: [感谢您的来电, '真烦人，工号1023']\n`;
    const once = fixAll(text);
    expect(parseDocument(once).errors).toEqual([]);
    expect(once).toContain('# 注');
    expect(fixAll(once)).toBe(once);
  });
});

describe('issue 9 item 12: a partly masked number is replaced whole', () => {
  it('8848××号 becomes {agent_id}号', () => {
    const text = `${HEAD}steps:\n  - agent: 您好，我是8848××号\nclosing: 再见\n`;
    const fixed = fixAll(text);
    expect(js(fixed).steps[0].agent).toBe('您好，我是{agent_id}号');
  });

  it('工号8848×× becomes 工号{agent_id}', () => {
    const text = `${HEAD}steps:\n  - agent: 您好，工号8848××为您服务\nclosing: 再见\n`;
    expect(js(fixAll(text)).steps[0].agent).toBe('您好，工号{agent_id}为您服务');
  });
});

describe('issue 9: completion inside a surrogate pair', () => {
  it('never splits 😀', () => {
    const text = `${HEAD}steps:\n  - agent: 好😀的\nclosing: 再见\n`;
    const line = 3;
    const inside = { line, character: '  - agent: 好'.length + 1 };
    for (const item of service.complete(text, inside, en)) {
      const after = applyLsp(text, [completionEdit(item)]);
      expect(after).toContain('😀');
      expect(after).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});

describe('issue 9 item 3: placeholder completion in a flow list', () => {
  it('quotes the item, so `{` does not open a mapping inside the list', () => {
    const { text, position } = cursor(`${HEAD}closing: [感谢您的来电, 再见{|]\n`);
    const item = service.complete(text, position, en).find((i) => i.label === '{customer}')!;
    expect(item).toBeDefined();
    expect(js(applyLsp(text, [completionEdit(item)])).closing).toEqual(['感谢您的来电', '再见{customer}']);
  });
});

describe('an edit that cannot be proven is not offered', () => {
  it('offers no fix that would need a line break inside a block scalar whose header holds a comment', () => {
    const text = `${HEAD}steps:\n  - agent: | # 注\n      你们真烦人\nclosing: 再见\n`;
    const withBreak = (d: Diagnostic) => ({ ...d, data: { ...(d.data as object), replacements: ['第一行\n第二行'] } });
    expect(quickFix(text, 'forbidden-phrase', service, withBreak)).toBeUndefined();
    const fixed = quickFix(text, 'forbidden-phrase')!;
    expect(fixed).toContain('| # 注');
    expect(js(fixed).steps[0].agent).not.toContain('真烦人');
  });
});

describe('completion never splits an escape', () => {
  it('offers nothing between the two characters of \\\\ in a double-quoted string', () => {
    const { text, position } = cursor(`${HEAD}closing: [感谢您的来电, "\\|\\"]\n`);
    expect(service.complete(text, position, en)).toEqual([]);
  });
});

describe('placeholder completion inside a quoted flow item', () => {
  it('inserts the placeholder inside the quotes without quoting again', () => {
    const { text, position } = cursor(
      `${HEAD}steps:\n  - {agent: '{customer}，请您稍等，{|', id: ask}\nclosing: 再见\n`,
    );
    const item = service.complete(text, position, en).find((i) => i.label === '{agent_id}')!;
    expect(js(applyLsp(text, [completionEdit(item)])).steps[0].agent).toBe('{customer}，请您稍等，{agent_id}');
  });
});
