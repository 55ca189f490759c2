import { describe, expect, it } from 'vitest';
import { findings } from '../util';

describe('greeting-required', () => {
  it('reports a missing greeting on the script key', () => {
    expect(findings('script: 测试\nclosing: 再见\n', 'greeting-required')).toEqual(['greeting-required: script']);
  });
  it('reports an empty greeting on its key', () => {
    expect(findings('script: 测试\ngreeting: ""\nclosing: 再见\n', 'greeting-required')).toEqual([
      'greeting-required: greeting',
    ]);
    expect(findings('script: 测试\ngreeting: []\nclosing: 再见\n', 'greeting-required')).toEqual([
      'greeting-required: greeting',
    ]);
  });
});
