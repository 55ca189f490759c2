import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import priceQuote from '../../data/rules/price-quote.yaml';
import { readWordLists } from '../../src/service/rules/wordListFile';
import { alternation, loadWordLists } from '../../src/service/rules/wordLists';
import { wordListsData } from '../../src/service/rules/wordListsData';

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
  it('reads the files that ship as their YAML says, once', () => {
    const shipped = wordListsData();
    expect(Object.keys(shipped).sort()).toEqual(
      readdirSync(join(__dirname, '../../data/rules'))
        .map((name) => `server/data/rules/${name}`)
        .sort(),
    );
    for (const [file, { text, lists }] of Object.entries(shipped)) {
      expect(text).toBe(readFileSync(join(__dirname, '../../..', file), 'utf8'));
      expect(lists, file).toEqual(readWordLists(file, text));
      expect(Object.keys(lists).length, file).toBeGreaterThan(1);
      expect(loadWordLists(file, text, Object.keys(lists)), file).toBe(loadWordLists(file, text, Object.keys(lists)));
    }
    const file = 'server/data/rules/price-quote.yaml';
    const keys = Object.keys(shipped[file]!.lists);
    expect(loadWordLists(file, priceQuote, keys)).toEqual(shipped[file]!.lists);
  });
  it('reads any other text, or other keys, from the YAML with the place of a mistake', () => {
    const file = 'server/data/rules/price-quote.yaml';
    const keys = Object.keys(wordListsData()[file]!.lists);
    expect(loadWordLists(file, 'currencies: [元]\n', ['currencies'])).toEqual({ currencies: ['元'] });
    expect(() => loadWordLists(file, priceQuote, keys.slice(1))).toThrow(
      new RegExp(`^server/data/rules/price-quote\\.yaml:\\d+:1: unknown key "${keys[0]}"`),
    );
    expect(() => loadWordLists(file, priceQuote, [...keys, 'more'])).toThrow(
      'server/data/rules/price-quote.yaml:6:1: missing key "more"',
    );
  });
  it('builds an alternation that tries longer words first and escapes them', () => {
    expect(alternation(['你', '你们', 'a.b'])).toBe('a\\.b|你们|你');
  });
});
