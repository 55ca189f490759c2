import { describe, expect, it } from 'vitest';
import s2tTable from '../../data/chinese/s2t.txt';
import { characterTable } from '../../src/service/features/s2tCharacters';
import { s2tTableOf, tableRows } from '../../src/service/text/s2tPairs';

// The Simplified-to-Traditional table is read from its compact form (s2tData.ts, computed at
// build time); it must be the table the rows of s2t.txt give when read directly.

describe('the Simplified-to-Traditional character table', () => {
  it('holds every one-to-one row of s2t.txt, and nothing else', () => {
    const expected = new Map<number, string>();
    for (const [from, to] of tableRows(s2tTable)) {
      const source = [...from];
      const target = [...to];
      if (source.length === 1 && target.length === 1) expected.set(source[0]!.codePointAt(0)!, target[0]!);
    }
    expect(expected.size).toBeGreaterThan(3000);
    expect([...characterTable()]).toEqual([...expected]);
    expect(characterTable().get('们'.codePointAt(0)!)).toBe('們');
  });

  it('reads targets outside the Basic Multilingual Plane whole', () => {
    expect([...s2tTableOf('们們𠀀𠀁a𠀂')]).toEqual([
      ['们'.codePointAt(0), '們'],
      [0x20000, '𠀁'],
      [0x61, '𠀂'],
    ]);
  });
});
