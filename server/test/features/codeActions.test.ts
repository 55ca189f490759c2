import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import type { CheckSettings } from '../../src/service';
import { applyEdits, en, service, zh } from '../cursor';
import { script } from '../util';

const URI = 'file:///work/t.script.yaml';

function diagnostics(text: string, code?: string): Diagnostic[] {
  return service.validate(text).filter((d) => code === undefined || d.code === code);
}

/** The actions for the diagnostics of `code` (all of them by default). */
function actionsFor(text: string, code: string, settings: CheckSettings = en, only?: Diagnostic[]): CodeAction[] {
  const requested = only ?? diagnostics(text, code);
  expect(requested.length).toBeGreaterThan(0);
  return service.codeActions(text, URI, requested[0]!.range, requested, settings);
}

function apply(text: string, action: CodeAction): string {
  return applyEdits(text, action.edit!.changes![URI]!);
}

const quickFixes = (actions: CodeAction[]) =>
  actions.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Fix all'));
const codes = (text: string) => diagnostics(text).map((d) => String(d.code));

describe('quick fixes', () => {
  it('offers every replacement of a forbidden phrase, the first preferred', () => {
    const text = script('  - agent: 我问您，急什么？');
    const [d] = diagnostics(text, 'forbidden-phrase');
    const fixes = quickFixes(actionsFor(text, 'forbidden-phrase'));
    expect(fixes.map((a) => a.title)).toEqual([
      'Replace with “我问您，请您别着急，慢慢讲，我们会尽力帮您解决。”',
      'Replace with “我问您，请您不要着急，一定给您解决好？”',
      'Waive this problem with a comment (forbidden-phrase)',
    ]);
    expect(fixes.map((a) => a.isPreferred)).toEqual([true, undefined, undefined]);
    expect(fixes[0]!.diagnostics).toEqual([d]);
    const fixed = apply(text, fixes[1]!);
    expect(fixed).toContain('  - agent: 我问您，请您不要着急，一定给您解决好？');
    expect(codes(fixed)).toEqual([]);
  });

  it('titles fixes in Chinese for the zh locale', () => {
    const text = script('  - agent: 我问你，急什么？');
    expect(quickFixes(actionsFor(text, 'forbidden-phrase', zh))[0]!.title).toBe(
      '改为“我问你，请您别着急，慢慢讲，我们会尽力帮您解决。”',
    );
  });

  it('puts {agent_id} in place of a hard-coded number', () => {
    const text = script('  - agent: 您好，我是1023号');
    const [fix] = quickFixes(actionsFor(text, 'hardcoded-agent-id'));
    expect(fix!.title).toBe('Replace with “{agent_id}”');
    const fixed = apply(text, fix!);
    expect(fixed).toContain('  - agent: 您好，我是{agent_id}号\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('replaces a legacy blank over its replaceRange, quoting a plain value that would start with `{`', () => {
    const text = script('  - agent: XX先生/女士，您好');
    const [fix] = quickFixes(actionsFor(text, 'legacy-placeholder'));
    const fixed = apply(text, fix!);
    expect(fixed).toContain("  - agent: '{customer}，您好'\n");
    expect(codes(fixed)).toEqual([]);
  });

  it('escapes a replacement inside a double-quoted string', () => {
    const text = script('  - agent: "我是**号"');
    const fixed = apply(text, quickFixes(actionsFor(text, 'legacy-placeholder'))[0]!);
    expect(fixed).toContain('  - agent: "我是{agent_id}号"\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('corrects an unknown placeholder to the nearest known one', () => {
    const text = script('  - agent: 请{agnet_id}稍等');
    const fixed = apply(text, quickFixes(actionsFor(text, 'unknown-placeholder'))[0]!);
    expect(fixed).toContain('  - agent: 请{agent_id}稍等\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('adds a missing greeting after script and channel', () => {
    const text = 'script: 测试\nchannel: phone\nsteps:\n  - agent: 我是{agent_id}号\nclosing: 再见\n';
    const [fix] = quickFixes(actionsFor(text, 'greeting-required'));
    expect(fix!.title).toBe('Add the greeting “您好，{brand}，{agent_id}号为您服务！”');
    const fixed = apply(text, fix!);
    expect(fixed).toBe(
      'script: 测试\nchannel: phone\ngreeting: 您好，{brand}，{agent_id}号为您服务！\nsteps:\n  - agent: 我是{agent_id}号\nclosing: 再见\n',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('fills in an empty greeting', () => {
    const empty = 'script: 测试\ngreeting:\nclosing: 工号{agent_id}，再见\n';
    expect(apply(empty, quickFixes(actionsFor(empty, 'greeting-required'))[0]!)).toBe(
      'script: 测试\ngreeting: 您好，{brand}，{agent_id}号为您服务！\nclosing: 工号{agent_id}，再见\n',
    );
    const quoted = 'script: 测试\ngreeting: ""\nclosing: 工号{agent_id}，再见\n';
    const fixed = apply(quoted, quickFixes(actionsFor(quoted, 'greeting-required'))[0]!);
    expect(fixed).toBe(
      'script: 测试\ngreeting: 您好，{brand}，{agent_id}号为您服务！\nclosing: 工号{agent_id}，再见\n',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('adds a missing closing at the end, also without a final line break', () => {
    const text = 'script: 测试\ngreeting: 工号{agent_id}为您服务';
    const [fix] = quickFixes(actionsFor(text, 'closing-required', zh));
    expect(fix!.title).toBe('添加结束语“感谢您的来电，再见！”');
    const fixed = apply(text, fix!);
    expect(fixed).toBe('script: 测试\ngreeting: 工号{agent_id}为您服务\nclosing: 感谢您的来电，再见！\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('adds an item to an empty closing list', () => {
    const text = 'script: 测试\ngreeting: 工号{agent_id}为您服务\nclosing:\n  - ""\n';
    const fixed = apply(text, quickFixes(actionsFor(text, 'closing-required'))[0]!);
    expect(fixed).toBe('script: 测试\ngreeting: 工号{agent_id}为您服务\nclosing:\n  - 感谢您的来电，再见！\n  - ""\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('changes a dangling next to the nearest id', () => {
    const text = script('  - agent: 请稍等\n    next: reslut\n  - id: result\n    agent: 好的');
    const [fix] = quickFixes(actionsFor(text, 'dangling-next'));
    expect(fix!.title).toBe('Change next to “result”');
    const fixed = apply(text, fix!);
    expect(fixed).toContain('    next: result\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('works from code and data alone: diagnostics that went through JSON', () => {
    const text = script('  - agent: XX先生/女士，您好');
    const roundTripped = JSON.parse(JSON.stringify(diagnostics(text, 'legacy-placeholder'))) as Diagnostic[];
    expect(actionsFor(text, 'legacy-placeholder', en, roundTripped)).toEqual(actionsFor(text, 'legacy-placeholder'));
  });

  it('offers nothing for diagnostics of other tools or without a fix', () => {
    const text = script('  - agent: 好');
    const foreign: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      message: 'x',
      code: 'forbidden-phrase',
      source: 'other',
      data: { replacements: ['a'] },
    };
    expect(service.codeActions(text, URI, foreign.range, [foreign], en)).toEqual([]);
    const schema = script('  - agent: 好\n    customer: 好');
    expect(actionsFor(schema, 'schema').map((a) => a.title)).toEqual(['Waive this problem with a comment (schema)']);
  });
});

describe('fix all', () => {
  const twoNumbers = script('  - agent: 我是1023号\n  - agent: 工号是 8848');

  it('fixes every problem of a rule in the file when it has two or more', () => {
    const [first] = diagnostics(twoNumbers, 'hardcoded-agent-id');
    const actions = actionsFor(twoNumbers, 'hardcoded-agent-id', en, [first!]);
    const all = actions.find((a) => a.title === 'Fix all hardcoded-agent-id problems in this file')!;
    expect(all.kind).toBe('quickfix');
    expect(all.diagnostics).toHaveLength(2);
    const fixed = apply(twoNumbers, all);
    expect(fixed).toContain('  - agent: 我是{agent_id}号\n  - agent: 工号是 {agent_id}\n');
    expect(codes(fixed)).toEqual([]);
  });

  it('does not offer a rule-wide fix for a single problem', () => {
    const text = script('  - agent: 我是1023号');
    expect(actionsFor(text, 'hardcoded-agent-id').some((a) => a.title.startsWith('Fix all hardcoded'))).toBe(false);
  });

  it('applies the preferred fix of every fixable problem as source.fixAll.huashu', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'all-rules.script.yaml'), 'utf8');
    const actions = service.codeActions(
      text,
      URI,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      zh,
      ['source.fixAll'],
    );
    expect(
      service.codeActions(text, URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], zh),
    ).toEqual([]);
    expect(actions.map((a) => [a.kind, a.title])).toEqual([
      ['source.fixAll.huashu', '修复所有可自动修复的 Huashu 问题'],
    ]);
    const fixed = apply(text, actions[0]!);
    expect([...new Set(codes(fixed))].sort()).toEqual([
      'dangling-next',
      'loop-without-exit',
      'price-quote',
      'schema',
      'turn-too-long',
      'unreachable-turn',
      'waiver-reason',
      'yaml-syntax',
    ]);
    expect(
      codes(fixed).filter((c) => !['loop-without-exit', 'turn-too-long', 'unreachable-turn', 'rude-tone'].includes(c)),
    ).toHaveLength(6);
  });

  it('fixes problems whose fixes rewrite the same scalar together, leaving nothing for a second pass', () => {
    const text = script('  - agent: 有意见，找班长去！我是1023号');
    const fixAll = service
      .codeActions(text, URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], en, ['source'])
      .find((a) => a.kind === 'source.fixAll.huashu')!;
    expect(fixAll.diagnostics!.map((d) => d.code)).toEqual(['forbidden-phrase', 'hardcoded-agent-id']);
    expect(fixAll.edit!.changes![URI]).toHaveLength(1);
    const fixed = apply(text, fixAll);
    expect(fixed).toContain(
      "  - agent: '{customer}，首先对给您造成的不便表示歉意，请问一下您具体遇到了什么问题呢，是否可以简单描述一下呢？我是{agent_id}号'\n",
    );
    expect(codes(fixed)).toEqual([]);
  });
});
