import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

describe('dangling-next', () => {
  const text = script('  - id: result\n    agent: 好的\n  - agent: 请稍等\n    next: reslut');

  it('reports a next that names no turn, on the next value, with the nearest id', () => {
    expect(findings(text, 'dangling-next')).toEqual(['dangling-next: reslut']);
    const d = check(text).find((x) => x.code === 'dangling-next')!;
    expect(d.severity).toBe(1);
    expect(d.message).toBe('next names no turn: there is no id "reslut"; did you mean "result"?');
    expect(d.data).toEqual({ replacements: ['result'] });
    expect(check(text, { locale: 'zh' }).find((x) => x.code === 'dangling-next')!.message).toBe(
      'next 指向不存在的轮次 id“reslut”，是否想写“result”？',
    );
  });

  it('has no fix when no id is near', () => {
    const far = script('  - id: result\n    agent: 好的\n  - agent: 请稍等\n    next: goodbye-forever');
    const d = check(far).find((x) => x.code === 'dangling-next')!;
    expect(d.message).toBe('next names no turn: there is no id "goodbye-forever"');
    expect(d.data).toBeUndefined();
  });

  it('accepts a next naming a turn in another list, and quoted ids', () => {
    const ok = script(
      '  - agent: 请稍等\n    next: "retry"',
      'scenarios:\n  poor-line:\n    - id: retry\n      agent: 对不起\n',
    );
    expect(findings(ok, 'dangling-next')).toEqual([]);
  });

  it('can be turned off', () => {
    expect(check(text, { rules: { 'dangling-next': 'off' } }).some((d) => d.code === 'dangling-next')).toBe(false);
  });
});
