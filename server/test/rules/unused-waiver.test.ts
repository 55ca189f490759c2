import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

describe('unused-waiver', () => {
  it('flags a waiver that silences nothing, on the comment, naming its rules', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 旧的\n  - agent: 好的');
    expect(findings(text, 'unused-waiver')).toEqual([
      'unused-waiver: # huashu-disable-next-line forbidden-phrase -- 旧的',
    ]);
    const d = check(text).find((x) => x.code === 'unused-waiver')!;
    expect(d.message).toBe('This waiver silences nothing (forbidden-phrase); it can be removed');
    expect(check(text, { locale: 'zh' }).find((x) => x.code === 'unused-waiver')!.message).toBe(
      '这个豁免没有豁免任何问题（forbidden-phrase），可以删除',
    );
  });

  it('flags a block waiver with no rule list that silences nothing', () => {
    const text = script('  # huashu-disable -- 示例\n  - agent: 好的\n  # huashu-enable');
    const d = check(text).find((x) => x.code === 'unused-waiver')!;
    expect(d.message).toBe('This waiver silences nothing; it can be removed');
  });

  it('leaves a waiver alone that silences a finding', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 培训反例\n  - agent: 真烦人');
    expect(findings(text, 'unused-waiver', 'forbidden-phrase')).toEqual([]);
  });

  it('counts a finding as silenced only when its rule is on', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 培训反例\n  - agent: 真烦人');
    const off = check(text, { rules: { 'forbidden-phrase': 'off' } });
    expect(off.map((d) => d.code)).toEqual(['unused-waiver']);
  });

  it('can be turned off', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 旧的\n  - agent: 好的');
    expect(check(text, { rules: { 'unused-waiver': 'off' } }).some((d) => d.code === 'unused-waiver')).toBe(false);
  });
});
