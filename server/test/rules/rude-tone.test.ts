import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Diagnostic } from 'vscode-languageserver-types';
import { compilePhrasebook, createScriptService, loadPhrasebook, type CheckSettings } from '../../src/service';
import { script, slice } from '../util';

/**
 * The tone model is judged beside the seeds' own forbidden phrases only: the team's growing list
 * of patterns would otherwise take these sentences first, and the tone rule stays silent there.
 */
function seedService() {
  const data = join(__dirname, '..', '..', 'data', 'phrasebook');
  const read = (name: string) => readFileSync(join(data, name), 'utf8');
  const forbidden = parse(read('forbidden.yaml')) as { phrases: Array<{ source?: string }> };
  forbidden.phrases = forbidden.phrases.filter((p) => p.source !== 'team-judgement');
  const { phrasebook, errors } = loadPhrasebook([
    { file: 'placeholders.yaml', text: read('placeholders.yaml') },
    { file: 'approved.yaml', text: read('approved.yaml') },
    { file: 'forbidden.yaml', text: stringify(forbidden) },
  ]);
  expect(errors).toEqual([]);
  return createScriptService({ phrasebook: compilePhrasebook(phrasebook) });
}
const service = seedService();
const check = (text: string, settings?: Partial<CheckSettings>): Diagnostic[] =>
  service.validate(text, { locale: 'en', rules: {}, ...settings });
const findings = (text: string, code: string) =>
  check(text)
    .filter((d) => d.code === code)
    .map((d) => `${code}: ${slice(text, d.range)}`);
const agent = (line: string) => script(`  - agent: "${line}"`);
const tone = (text: string) => findings(text, 'rude-tone');

describe('rude-tone', () => {
  it('finds nothing in a clean script', () => {
    expect(tone(script('  - agent: 您好，请问有什么可以帮您？'))).toEqual([]);
  });

  // Rude lines that no forbidden phrase words: the tone model's own catch.
  const rude = [
    '这事你问我干嘛，我又不管这个。',
    '你别在这跟我废话了。',
    '那你想让我怎么办？',
    '你嚷嚷什么，我又没聋。',
    '你這人怎麼回事，說半天還不明白。',
    '我都解釋三遍了，妳還問。',
  ];
  for (const line of rude) {
    it(`reports the sentence "${line}"`, () => {
      const text = agent(line);
      expect(findings(text, 'forbidden-phrase')).toEqual([]);
      expect(tone(text)).toEqual([`rude-tone: ${line}`]);
    });
  }

  const honest = [
    '您好，请问有什么可以帮您？',
    '请您别着急，慢慢讲，我们会尽力帮您解决。',
    '这是规定范围内的免费维修，不收取任何费用。',
    '您是说“我不知道密码怎么改”，对吗？',
    '如果我们也没有办法当天修好，会先给您安排备用机。',
    '您別著急，什麼情況您慢慢講。',
    '請您稍等一下，我幫您查詢。',
  ];
  for (const line of honest) {
    it(`leaves "${line}" alone`, () => {
      expect(tone(agent(line))).toEqual([]);
    });
  }

  it('covers exactly the sentence that carries the tone, not the rest of the line', () => {
    const line = '您好，这里是售后服务部。那你想让我怎么办？我们会尽快处理。';
    expect(tone(agent(line))).toEqual(['rude-tone: 那你想让我怎么办？']);
  });

  it('maps the range to the source through escapes and block scalars', () => {
    const quoted = script('  - agent: "您好。\\u90a3你想让我怎么办？"');
    expect(tone(quoted)).toEqual(['rude-tone: \\u90a3你想让我怎么办？']);
    const block = script('  - agent: |\n      您好。\n      那你想让我\n      怎么办？\n');
    expect(tone(block)).toEqual(['rude-tone: 那你想让我\n      怎么办？']);
  });

  it('stays silent on a sentence where forbidden-phrase already reports a phrase', () => {
    const text = agent('你问我，我问谁？');
    expect(findings(text, 'forbidden-phrase')).not.toEqual([]);
    expect(tone(text)).toEqual([]);
  });

  it('names the cues that weighed most, in the words of the source', () => {
    const [d] = check(agent('你這人怎麼回事，說半天還不明白。'), { locale: 'zh' }).filter(
      (x) => x.code === 'rude-tone',
    );
    expect(d?.message).toMatch(/^语气生硬：“[^”]+”/);
    const cues = [...String(d?.message ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) expect('你這人怎麼回事，說半天還不明白。').toContain(cue);
    expect(d?.severity).toBe(2);
  });

  it('is configurable like any rule', () => {
    const text = agent('那你想让我怎么办？');
    const off = check(text, { rules: { 'rude-tone': 'off' } }).filter((d) => d.code === 'rude-tone');
    expect(off).toEqual([]);
    const error = check(text, { rules: { 'rude-tone': 'error' } }).filter((d) => d.code === 'rude-tone');
    expect(error.map((d) => d.severity)).toEqual([1]);
  });

  it('explains in its hover that the judgement is statistical and how to waive it', () => {
    const text = agent('那你想让我怎么办？');
    const at = text.indexOf('想让');
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at - 1) - 1;
    const hover = service.hover(text, { line, character }, { locale: 'en', rules: {} });
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    expect(value).toContain('statistical');
    expect(value).toContain('huashu-disable-line rude-tone');
  });
});
