import { describe, expect, it } from 'vitest';
import { alternation, loadWordLists } from '../../src/service/rules/wordLists';

describe('rule word lists (server/data/rules/*.yaml)', () => {
  it('reads a mapping of lists of words', () => {
    expect(loadWordLists('w.yaml', 'a: [x, y]\nb:\n  - z\n', ['a', 'b'])).toEqual({ a: ['x', 'y'], b: ['z'] });
  });
  it('names the file, line and column of a mistake', () => {
    expect(() => loadWordLists('w.yaml', 'a: [x]\nc: [y]\n', ['a'])).toThrow('w.yaml:2:1: unknown key "c"; expected a');
    expect(() => loadWordLists('w.yaml', 'a: [x, 3]\n', ['a'])).toThrow('w.yaml:1:8: a: expected a non-empty string');
    expect(() => loadWordLists('w.yaml', 'a: x\n', ['a'])).toThrow('w.yaml:1:4: a must be a list of words');
    expect(() => loadWordLists('w.yaml', 'a: [x]\n', ['a', 'b'])).toThrow('w.yaml:1:1: missing key "b"');
    expect(() => loadWordLists('w.yaml', '- x\n', ['a'])).toThrow('w.yaml:1:1: expected a mapping of word lists');
    expect(() => loadWordLists('w.yaml', 'a: [x\n', ['a'])).toThrow(/^w\.yaml:\d+:\d+: /);
  });
  it('builds an alternation that tries longer words first and escapes them', () => {
    expect(alternation(['你', '你们', 'a.b'])).toBe('a\\.b|你们|你');
  });
});
