import { describe, expect, it } from 'vitest';
import { findings } from '../util';

describe('closing-required', () => {
  it('reports a missing or empty closing', () => {
    expect(findings('script: 测试\ngreeting: 您好\n', 'closing-required')).toEqual(['closing-required: script']);
    expect(findings('script: 测试\ngreeting: 您好\nclosing:\n', 'closing-required')).toEqual([
      'closing-required: closing',
    ]);
  });
  it('accepts a closing list of variants', () => {
    expect(
      findings('script: x\ngreeting: 您好\nclosing:\n  - agent: 再见\n    when: 节日\n', 'closing-required'),
    ).toEqual([]);
  });
});
