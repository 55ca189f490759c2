import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { createScriptService, FIX_ALL_KIND, type CheckSettings } from '../../src/service';
import { changedSentence, sentenceFix } from '../../src/service/edit/sentenceFix';
import { slice } from '../util';
import { actionEdits, applyLsp } from './lsp';

const URI = 'file:///work/t.script.yaml';
const service = createScriptService();
const zh = { locale: 'zh' as const, rules: {} };
const en = { locale: 'en' as const, rules: {} };
const HEAD = 'script: 测试\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n';
const CALM = '请您别着急，慢慢讲，我们会尽力帮您解决。';

const agent = (line: string) => `${HEAD}  - agent: ${line}\nclosing: 感谢您的来电，再见！\n`;
const agentValue = (text: string): string => {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  return (doc.toJS() as { steps: { agent: string }[] }).steps[0]!.agent;
};
const forbidden = (text: string, settings: CheckSettings = zh): Diagnostic[] =>
  service.validate(text, settings).filter((d) => d.code === 'forbidden-phrase');

function preferred(text: string, settings: CheckSettings = zh) {
  const [d] = forbidden(text, settings);
  expect(d, 'a forbidden-phrase diagnostic').toBeDefined();
  const action = service.codeActions(text, URI, d!.range, [d!], settings).find((a) => a.isPreferred)!;
  return { title: action.title, fixed: agentValue(applyLsp(text, actionEdits(action, URI))), diagnostic: d! };
}

function fixAll(text: string): string {
  const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const action = service.codeActions(text, URI, origin, [], zh, [FIX_ALL_KIND]).find((a) => a.kind === FIX_ALL_KIND);
  return action ? applyLsp(text, actionEdits(action, URI)) : text;
}

describe('forbidden-phrase fixes rewrite the clause to the sentence end', () => {
  it('replaces the clause that carries the phrase, keeping the sentences around it', () => {
    const { fixed, diagnostic } = preferred(agent('非常抱歉，这是规定的，我也没办法。请问还有别的问题吗？'));
    expect(slice(agent('非常抱歉，这是规定的，我也没办法。请问还有别的问题吗？'), diagnostic.range)).toBe('这是规定');
    expect(fixed).toMatch(/^非常抱歉，[^，。]+.*[。！？]请问还有别的问题吗？$/);
    expect(fixed).not.toContain('的，我也没办法');
  });

  it('does not leave the rest of the clause after an approved sentence', () => {
    const { fixed } = preferred(agent('我问你，急什么呀，有话慢慢说。'));
    expect(fixed).toBe(`我问你，${CALM}`);
  });

  it('lets the suggestion’s end punctuation replace the sentence’s, never doubling it', () => {
    expect(preferred(agent('好的，你急什么！'), zh).fixed).toBe(`好的，${CALM}`);
    expect(preferred(agent('好吧，急什么？？后面还有人排队呢。'), zh).fixed).toBe(`好吧，${CALM}后面还有人排队呢。`);
  });

  it('keeps the sentence’s end punctuation when the suggestion has none', () => {
    expect(sentenceFix('好的，你真烦人吗？可以的。', 5, 8, ['请您稍等']).replacements).toEqual(['请您稍等？']);
    expect(sentenceFix('好的，你真烦人吗？可以的。', 5, 8, ['请您稍等。']).replacements).toEqual(['请您稍等。']);
    expect(sentenceFix('好的，你真烦人吗？可以的。', 5, 8, []).replaceRange).toEqual([3, 9]);
  });

  it('does not repeat an opening clause the sentence has already said', () => {
    expect(sentenceFix('非常抱歉，这是规定的，我也没办法。', 11, 16, ['非常抱歉，请您谅解。', '请您谅解。'])).toEqual({
      replaceRange: [11, 17],
      replacements: ['请您谅解。', '请您谅解。'],
    });
    expect(
      sentenceFix('好的。非常抱歉。这是规定的，我也没办法。', 14, 19, ['非常抱歉，请您谅解。']).replacements,
    ).toEqual(['非常抱歉，请您谅解。']);
  });

  it('replaces the whole line when the phrase is most of it', () => {
    for (const line of ['急什么？', '你急什么呀！', '哎，真烦人！', "'  真烦人啊 '", '急什么,急什么?']) {
      const { fixed } = preferred(agent(line));
      expect(fixed.trim(), line).toBe(CALM);
      expect(fixed, line).not.toMatch(/^[，、；：]|[，。！？、；：]{2,}|烦人|急什么/);
    }
    expect(preferred(agent('急什么？')).fixed).toBe(CALM);
  });

  it('stops at a line break of a literal block and at a closing quote opened before the phrase', () => {
    expect(sentenceFix('第一行\n我真烦人\n第三行', 5, 8, ['X。']).replaceRange).toEqual([4, 8]);
    expect(sentenceFix('他说：“真烦人”，对吧', 4, 7, ['X。']).replaceRange).toEqual([4, 7]);
    expect(sentenceFix('您看“说明书”吧，真烦人，好吗？', 9, 12, ['X。'])).toEqual({
      replaceRange: [9, 16],
      replacements: ['X。'],
    });
  });

  it('keeps the diagnostic range on the phrase and carries the wider range in its data', () => {
    const text = agent('您好，我不知道，您问别人吧。');
    const [d] = forbidden(text);
    const data = d!.data as { replaceRange: typeof d.range; replacements: string[] };
    expect(slice(text, d!.range)).toBe('我不知道');
    expect(slice(text, data.replaceRange).startsWith('我不知道')).toBe(true);
    expect(slice(text, data.replaceRange).endsWith('。')).toBe(true);
  });

  it('titles each fix with the sentence it writes, shortened when long', () => {
    const { title, fixed } = preferred(agent('我问你，急什么？'));
    expect(title).toBe(`改为“我问你，${CALM}”`);
    expect(fixed).toBe(`我问你，${CALM}`);
    const long = changedSentence('客户您好，关于您刚才说的那个退款到账时间的问题，急什么', 24, CALM);
    expect(long).toBe(`…到账时间的问题，急什么`.replace('急什么', CALM));
    const longer = changedSentence('好的，急什么', 3, CALM + CALM);
    expect(longer).toBe(`好的，${(CALM + CALM).slice(0, 32)}…`);
  });

  it('fix-all rewrites each sentence once and a second fix-all changes nothing', () => {
    const text = agent('好吧，急什么？真烦人！我不知道。');
    const once = fixAll(text);
    const value = agentValue(once);
    expect(forbidden(once)).toEqual([]);
    expect(value).not.toMatch(/^[，、；：]|[，。！？、；：]{2,}/);
    expect(value.startsWith('好吧，')).toBe(true);
    expect(fixAll(once)).toBe(once);
  });
});

describe('forbidden-phrase messages are short', () => {
  it('says the category and the phrase only, and leaves the suggestions to the hover and fixes', () => {
    const text = agent('哎，真烦人！');
    const [d] = forbidden(text, en);
    expect(d!.message).toBe('Forbidden phrase (Grumbling about the customer): "真烦人"');
    expect(forbidden(text)[0]!.message).toBe('服务忌语（埋怨语）：“真烦人”');
  });
});

describe('the whole line, not the whole value', () => {
  it('takes a phrase that is most of its line in place of that line only, in a literal block', () => {
    const value = '你们真烦人，>，\n有意见，找领导去\n';
    const start = value.indexOf('有意见');
    const fix = sentenceFix(value, start, start + '有意见，找领导去'.length, ['请您留下联系方式。']);
    expect(value.slice(...fix.replaceRange)).toBe('有意见，找领导去');
  });

  it('fixes every phrase of a multi-line literal block with one rule-wide fix-all', () => {
    const text = `${HEAD}  - agent: |\n      你们真烦人，>，\n      有意见，找领导去\nclosing: 感谢您的来电，再见！\n`;
    const first = forbidden(text);
    expect(first.length).toBeGreaterThanOrEqual(2);
    const action = service
      .codeActions(text, URI, first[0]!.range, [first[0]!], zh)
      .find((a) => a.title.startsWith('修复此文件中所有'))!;
    const after = applyLsp(text, actionEdits(action, URI));
    expect(parseDocument(after).errors).toEqual([]);
    expect(forbidden(after)).toEqual([]);
  });
});
