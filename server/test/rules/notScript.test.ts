import { describe, expect, it } from 'vitest';
import { check } from '../util';
import { slice } from '../util';

describe('a YAML file that is not a call script', () => {
  it('says once that it is not a call script', () => {
    const text = 'name: deploy\nversion: 2\nitems:\n  - a\n  - b\n';
    const found = check(text);
    expect(found.map((d) => [d.code, slice(text, d.range)])).toEqual([['schema', 'name']]);
    expect(found[0]!.message).toContain('not a call script');
    expect(check(text, { locale: 'zh' })[0]!.message).toContain('不是话术文件');
  });

  it('still names the unknown keys of a script', () => {
    const text = 'script: x\ngreeting: 您好，{agent_id}号为您服务\nclosing: 再见\nnmae: y\n';
    expect(
      check(text)
        .filter((d) => d.code === 'schema')
        .map((d) => slice(text, d.range)),
    ).toEqual(['nmae']);
  });
});
