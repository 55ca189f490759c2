import { describe, expect, it } from 'vitest';
import { check, findings } from '../util';
import { steps } from './flowScripts';

describe('loop-without-exit', () => {
  const loop = steps(
    '  - id: a',
    '    agent: 您好？',
    '    next: b',
    '  - id: b',
    '    agent: 听得到吗？',
    '    next: a',
  );

  it('reports a loop that nothing leaves, on the next that goes back, naming its turns', () => {
    expect(findings(loop, 'loop-without-exit')).toEqual(['loop-without-exit: a']);
    const d = check(loop).find((x) => x.code === 'loop-without-exit')!;
    expect(d.severity).toBe(1);
    expect(d.message).toBe('These turns loop with no way out: a, b. Add a branch or an end that leaves the loop');
    expect(check(loop, { locale: 'zh' }).find((x) => x.code === 'loop-without-exit')!.message).toBe(
      '这些轮次构成死循环，没有出口：a, b。请加一个离开循环的分支或 end',
    );
  });

  it('reports a turn that only repeats itself', () => {
    expect(findings(steps('  - id: a', '    agent: 请再说一遍', '    otherwise: a'), 'loop-without-exit')).toEqual([
      'loop-without-exit: a',
    ]);
  });

  it('accepts a loop with a branch out of it (ask again until the customer answers)', () => {
    const ok = steps(
      '  - id: ask',
      '    agent: 您好，请问能听到吗？',
      '    pause: 3',
      '    branches:',
      '      - answer: 能',
      '        next: go',
      '    otherwise: ask',
      '  - id: go',
      '    agent: 好的',
    );
    expect(findings(ok, 'loop-without-exit')).toEqual([]);
  });

  it('does not report the turn twice as a dead end', () => {
    expect(findings(loop, 'dead-end')).toEqual([]);
  });
});
