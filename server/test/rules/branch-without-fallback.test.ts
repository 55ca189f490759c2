import { describe, expect, it } from 'vitest';
import { check, findings } from '../util';
import { quickFixes, steps } from './flowScripts';

const ask = (...more: string[]) =>
  steps(
    '  - id: ask',
    '    agent: 您对这次服务满意吗？',
    '    branches:',
    '      - answer: 满意',
    '        next: good',
    ...more,
    '  - id: good',
    '    agent: 谢谢',
  );

describe('branch-without-fallback', () => {
  it('reports branches without otherwise, on the branches key, in both languages', () => {
    expect(findings(ask(), 'branch-without-fallback')).toEqual(['branch-without-fallback: branches']);
    const d = check(ask()).find((x) => x.code === 'branch-without-fallback')!;
    expect(d.severity).toBe(2);
    expect(d.message).toBe('No branch for any other answer: add otherwise (for instance, ask again)');
    expect(check(ask(), { locale: 'zh' }).find((x) => x.code === 'branch-without-fallback')!.message).toBe(
      '客户的回答不在分支之内时无处可去：请加上 otherwise（例如再问一次）',
    );
  });

  it('accepts otherwise, next or end as the fallback', () => {
    for (const fallback of ['    otherwise: good', '    next: good', '    end: transfer']) {
      expect(findings(ask(fallback), 'branch-without-fallback'), fallback).toEqual([]);
    }
  });

  it('says nothing of a branches key with nothing under it yet', () => {
    expect(findings(steps('  - agent: 您好', '    branches:'), 'branch-without-fallback')).toEqual([]);
  });

  it('fixes by asking again (otherwise: its own id) or by ending', () => {
    const fixes = quickFixes(ask(), 'branch-without-fallback');
    expect(fixes.map((f) => f.title)).toEqual([
      'Ask again on any other answer: otherwise: ask',
      'End here: end: closing (go to the closing)',
    ]);
    expect(fixes[0]!.text).toBe(ask('    otherwise: ask'));
    expect(findings(fixes[0]!.text, 'branch-without-fallback', 'loop-without-exit', 'dead-end')).toEqual([]);
  });
});
