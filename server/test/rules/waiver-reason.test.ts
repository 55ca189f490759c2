import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

describe('waiver-reason', () => {
  it('flags a disable-next-line waiver without a reason, on the whole comment, as a warning', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase\n  - agent: 真烦人');
    expect(findings(text, 'waiver-reason')).toEqual(['waiver-reason: # huashu-disable-next-line forbidden-phrase']);
    const d = check(text).find((x) => x.code === 'waiver-reason')!;
    expect(d.severity).toBe(2);
    expect(d.message).toBe(
      'The waiver gives no reason: say why after --, e.g. "# huashu-disable-next-line forbidden-phrase -- quoting the customer"',
    );
    expect(check(text, { locale: 'zh' }).find((x) => x.code === 'waiver-reason')!.message).toMatch(/^豁免没有写原因/);
  });

  it('flags a `--` with nothing after it, and a block disable without a reason', () => {
    const text = script(
      '  # huashu-disable-next-line forbidden-phrase -- \n  - agent: 真烦人\n  # huashu-disable\n  - agent: 我不知道\n  # huashu-enable',
    );
    expect(findings(text, 'waiver-reason')).toEqual([
      'waiver-reason: # huashu-disable-next-line forbidden-phrase --',
      'waiver-reason: # huashu-disable',
    ]);
  });

  it('accepts a waiver with a reason, and an enable comment, which needs none', () => {
    const text = script(
      '  # huashu-disable forbidden-phrase -- 引用客户投诉原文\n  - agent: 真烦人\n  # huashu-enable forbidden-phrase',
    );
    expect(findings(text, 'waiver-reason')).toEqual([]);
  });

  it('still lets the waiver silence its rule, and can be turned off', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase\n  - agent: 真烦人');
    expect(findings(text, 'forbidden-phrase')).toEqual([]);
    expect(check(text, { rules: { 'waiver-reason': 'off' } }).some((d) => d.code === 'waiver-reason')).toBe(false);
  });
});
