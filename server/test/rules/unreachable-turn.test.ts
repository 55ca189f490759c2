import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';
import { steps } from './flowScripts';

describe('unreachable-turn', () => {
  const skipped = steps(
    '  - id: ask',
    '    agent: 您满意吗？',
    '    next: bye',
    '  - agent: 这句走不到',
    '  - id: bye',
    '    agent: 谢谢',
  );

  it('reports a turn that no path reaches, on its speaker key (or id), in both languages', () => {
    expect(findings(skipped, 'unreachable-turn')).toEqual(['unreachable-turn: agent']);
    const d = check(skipped).find((x) => x.code === 'unreachable-turn')!;
    expect(d.severity).toBe(2);
    expect(d.range.start.line).toBe(6);
    expect(d.message).toMatch(/^This turn is never reached/);
    expect(check(skipped, { locale: 'zh' }).find((x) => x.code === 'unreachable-turn')!.message).toMatch(
      /^走不到这个轮次/,
    );
  });

  it('reports the whole of a cut-off part, each turn once, by id where it has one', () => {
    const text = steps('  - agent: 您好', '    end: closing', '  - id: lost', '    agent: 甲', '  - customer: 乙');
    expect(findings(text, 'unreachable-turn')).toEqual(['unreachable-turn: lost', 'unreachable-turn: customer']);
  });

  it('counts scenarios as entry points, and turns reached only by branches or otherwise as reached', () => {
    const text = script(
      '  - id: ask\n    agent: 您满意吗？\n    branches:\n      - answer: 满意\n        next: good\n    otherwise: bad\n  - id: good\n    agent: 谢谢\n    end: closing\n  - id: bad\n    agent: 抱歉\n    end: transfer',
      'scenarios:\n  silent:\n    - agent: 您好，请讲！\n',
    );
    expect(findings(text, 'unreachable-turn')).toEqual([]);
  });

  it('does not cut off the rest of a list at a next that names no turn (dangling-next reports it)', () => {
    const text = steps('  - agent: 请稍等', '    next: nowhere', '  - agent: 好了', '  - customer: 谢谢');
    expect(findings(text, 'unreachable-turn', 'dangling-next')).toEqual(['dangling-next: nowhere']);
  });

  it('finds nothing in old-format scripts, including a next to the following turn', () => {
    expect(
      findings(steps('  - agent: 请稍等', '    next: r', '  - id: r', '    agent: 好了'), 'unreachable-turn'),
    ).toEqual([]);
  });
});
