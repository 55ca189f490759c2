import { describe, expect, it } from 'vitest';
import { check } from '../util';
import { slice } from '../util';

const head = 'script: x\ngreeting: 您好，{agent_id}号为您服务\n';
const tail = 'closing: 感谢您的来电，再见！\n';

describe('anchors and aliases', () => {
  it('accepts an alias where a string belongs', () => {
    const text = `${head}steps:\n  - agent: &thanks 感谢您的耐心等待。\n  - customer: 好\n  - agent: *thanks\n${tail}`;
    expect(check(text).filter((d) => d.code === 'schema')).toEqual([]);
  });

  it('accepts an alias in a greeting or closing list', () => {
    const text = `script: x\ngreeting: &hi 您好，{agent_id}号为您服务\nsteps:\n  - agent: 好的\nclosing:\n  - *hi\n  - agent: *hi\n    when: 节日\n`;
    expect(check(text).filter((d) => d.code === 'schema')).toEqual([]);
  });

  it('checks the text once, where the anchor is', () => {
    const text = `${head}steps:\n  - agent: &no 这不归我们管\n  - customer: 好\n  - agent: *no\n  - agent: *no\n${tail}`;
    const forbidden = check(text).filter((d) => d.code === 'forbidden-phrase');
    expect(forbidden).toHaveLength(1);
    expect(forbidden[0]!.range.start.line).toBe(3);
    expect(slice(text, forbidden[0]!.range)).toContain('不归我们管');
  });

  it('still reports an alias of a mapping where a string belongs', () => {
    const text = `${head}steps:\n  - &turn\n    agent: 好的\n  - agent: *turn\n${tail}`;
    expect(
      check(text)
        .filter((d) => d.code === 'schema')
        .map((d) => slice(text, d.range)),
    ).toEqual(['*turn']);
  });
});
