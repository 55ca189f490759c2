import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

describe('legacy-placeholder', () => {
  it('flags **号 and offers {agent_id}', () => {
    const text = script('  - agent: 我是**号');
    expect(findings(text, 'legacy-placeholder')).toEqual(['legacy-placeholder: **号']);
    expect(check(text).find((d) => d.code === 'legacy-placeholder')!.data).toMatchObject({
      replacements: ['{agent_id}'],
    });
  });
  it('flags ××号, XX号 and xxx', () => {
    expect(findings(script('  - agent: 我是××号'), 'legacy-placeholder')).toEqual(['legacy-placeholder: ××号']);
    expect(findings(script('  - agent: 我是XX号'), 'legacy-placeholder')).toEqual(['legacy-placeholder: XX号']);
    expect(findings(script('  - agent: 我的工号是xxx'), 'legacy-placeholder')).toEqual(['legacy-placeholder: xxx']);
  });
  it('flags XX先生/女士 and offers {customer} for the whole form of address', () => {
    const text = script('  - agent: XX先生/女士，您好');
    expect(findings(text, 'legacy-placeholder')).toEqual(['legacy-placeholder: XX先生/女士']);
    expect(check(text).find((d) => d.code === 'legacy-placeholder')!.data).toMatchObject({
      replacements: ['{customer}'],
    });
  });
  it('leaves ordinary words and customer lines alone', () => {
    expect(findings(script('  - agent: 请打开 xbox 设置'), 'legacy-placeholder')).toEqual([]);
    expect(findings(script('  - customer: 我是**号'), 'legacy-placeholder')).toEqual([]);
  });
});

describe('legacy-placeholder settings', () => {
  it('turns a rule off or changes its severity', () => {
    const text = script('  - agent: 我是**号');
    expect(check(text, { rules: { 'legacy-placeholder': 'off' } }).some((d) => d.code === 'legacy-placeholder')).toBe(
      false,
    );
    expect(
      check(text, { rules: { 'legacy-placeholder': 'error' } }).find((d) => d.code === 'legacy-placeholder')!.severity,
    ).toBe(1);
  });
});
