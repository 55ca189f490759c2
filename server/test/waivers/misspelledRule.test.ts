import { describe, expect, it } from 'vitest';
import { check, script, slice } from '../util';

describe('a misspelled rule id in a waiver', () => {
  it('is a warning that names the nearest rule id, on the misspelled name', () => {
    const text = script('  # huashu-disable-next-line forbiden-phrase -- 引用客户原话\n  - agent: 这不归我们管');
    const found = check(text).filter((d) => d.code === 'waiver-reason');
    expect(found.map((d) => [slice(text, d.range), d.severity])).toEqual([['forbiden-phrase', 2]]);
    expect(found[0]!.message).toContain('"forbidden-phrase"');
  });

  it('says nothing about known ids', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 引用客户原话\n  - agent: 这不归我们管');
    expect(check(text).filter((d) => d.code === 'waiver-reason')).toEqual([]);
  });
});
