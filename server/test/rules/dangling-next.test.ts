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

describe('dangling-next on branches and otherwise', () => {
  it('reports a branch next and an otherwise that name no turn, each by its key', () => {
    const text = script(
      '  - id: ask\n    agent: 满意吗？\n    branches:\n      - answer: 满意\n        next: thnaks\n    otherwise: nowhere\n  - id: thanks\n    agent: 谢谢',
    );
    expect(findings(text, 'dangling-next')).toEqual(['dangling-next: thnaks', 'dangling-next: nowhere']);
    expect(
      check(text)
        .filter((d) => d.code === 'dangling-next')
        .map((d) => d.message),
    ).toEqual([
      'next names no turn: there is no id "thnaks"; did you mean "thanks"?',
      'otherwise names no turn: there is no id "nowhere"',
    ]);
  });
});
