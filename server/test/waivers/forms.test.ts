import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/service/parse/scriptModel';
import { parseWaivers } from '../../src/service/waivers/parseWaivers';
import { applyEdits, en, service } from '../cursor';
import { findings, script } from '../util';

const URI = 'file:///work/t.script.yaml';

describe('a waiver above a turn', () => {
  it('covers every line of the turn that starts below it', () => {
    const text = script(
      '  # huashu-disable-next-line forbidden-phrase -- 培训反例\n  - id: w3\n    agent: 真烦人\n  - id: w4\n    agent: 真烦人',
    );
    expect(findings(text, 'forbidden-phrase', 'unused-waiver')).toEqual(['forbidden-phrase: 真烦人']);
    const result = service.check(text, en);
    expect(result.suppressed.map((s) => s.diagnostic.range.start.line)).toEqual([5]);
  });

  it('covers the turn in a scenario too, and only the rules it names', () => {
    const text = script(
      '  - agent: 好的',
      'scenarios:\n  投诉:\n    # huashu-disable-next-line forbidden-phrase -- 引用原话\n    - id: c1\n      customer: 我要投诉\n      agent: 我是1023号，真烦人\n',
    );
    expect(findings(text, 'forbidden-phrase', 'hardcoded-agent-id', 'unused-waiver')).toEqual([
      'hardcoded-agent-id: 1023',
    ]);
  });
});

describe('the reason separator', () => {
  const reasonOf = (comment: string) => {
    const [w] = parseWaivers(parseScript(script(`  ${comment}\n  - agent: 真烦人`)));
    return { rules: w!.rules, reason: w!.reason };
  };

  it('accepts the IME dashes —— and — as well as --', () => {
    expect(reasonOf('# huashu-disable-next-line forbidden-phrase —— 引用客户原话')).toEqual({
      rules: ['forbidden-phrase'],
      reason: '引用客户原话',
    });
    expect(reasonOf('# huashu-disable-next-line forbidden-phrase——引用客户原话')).toEqual({
      rules: ['forbidden-phrase'],
      reason: '引用客户原话',
    });
    expect(reasonOf('# huashu-disable-next-line forbidden-phrase — 引用客户原话')).toEqual({
      rules: ['forbidden-phrase'],
      reason: '引用客户原话',
    });
    expect(reasonOf('# huashu-disable-next-line forbidden-phrase -- 引用 -- 原话')).toEqual({
      rules: ['forbidden-phrase'],
      reason: '引用 -- 原话',
    });
    expect(reasonOf('# huashu-disable-next-line forbidden-phrase，hardcoded-agent-id')).toEqual({
      rules: ['forbidden-phrase', 'hardcoded-agent-id'],
      reason: undefined,
    });
  });

  it('silences the rule and asks for no reason when it is given after a dash', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase —— 引用客户原话\n  - agent: 真烦人');
    expect(findings(text, 'forbidden-phrase', 'waiver-reason', 'unused-waiver', 'config')).toEqual([]);
  });
});

describe('huashu-disable-line', () => {
  it('silences its own line when it trails the content', () => {
    const text = script('  - agent: 真烦人  # huashu-disable-line forbidden-phrase -- 引用客户原话\n  - agent: 真烦人');
    expect(findings(text, 'forbidden-phrase', 'unused-waiver', 'waiver-reason')).toEqual(['forbidden-phrase: 真烦人']);
    expect(service.check(text, en).suppressed.map((s) => s.diagnostic.range.start.line)).toEqual([3]);
  });

  it('is unused on a line of its own, and its removal keeps the content', () => {
    const text = script('  - agent: 好的  # huashu-disable-line forbidden-phrase -- 旧的');
    const d = service.validate(text, en).find((x) => x.code === 'unused-waiver')!;
    const fix = service.codeActions(text, URI, d.range, [d], en).find((a) => a.title === 'Remove this waiver comment')!;
    expect(applyEdits(text, fix.edit!.changes![URI]!)).toBe(script('  - agent: 好的'));
  });
});
