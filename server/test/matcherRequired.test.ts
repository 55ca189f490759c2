import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../src/service/matcher/phraseMatcher';
import { requiredClauses } from '../src/service/matcher/patternCompile';
import { parsePattern } from '../src/service/matcher/patternSyntax';
import { builtinPhrasebook } from '../src/service/phrasebook/builtin';
import { CORPUS_DIR, readCorpus } from './corpusLines';

// The matcher skips a candidate whose window lacks a unit that every match holds, and starts
// no thread where no match can begin. That must never lose a match: the same matcher without
// these shortcuts finds exactly the same.

const { book, forbiddenMatcher } = builtinPhrasebook();
const specs = book.forbidden.map((f) => ({
  phrase: f.phrase,
  version: f.syntax ?? 1,
  ...(f.clause ? { clause: f.clause } : {}),
  ...(f.honest ? { honest: f.honest } : {}),
}));
const unfiltered = new PhraseMatcher(specs, book.classes, (i) => forbiddenMatcher.rule(i), { shortcuts: false });

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the units every match holds', () => {
  it('are the characters outside optional parts, common to every alternative and every word of a class', () => {
    const clauses = (p: string) =>
      requiredClauses(parsePattern(p, 2, new Map([['说', ['说', '讲说']]]))).map((c) =>
        c.map((u) => String.fromCharCode(u)).join(''),
      );
    expect(clauses('你 找 [别人] 问').sort()).toEqual(['你', '找', '问'].sort());
    expect(clauses('(好吗|好不好)')).toEqual(['好']);
    expect(clauses('<说>什么').sort()).toEqual(['说', '什', '么'].sort());
    expect(clauses('{*}问')).toEqual(['问']);
  });

  it('ask for one unit of each option of an alternative or a class, when every option has one', () => {
    const clauses = (p: string) =>
      requiredClauses(parsePattern(p, 2, new Map([['别处', ['客服', '别的部门']]]))).map((c) =>
        [...c]
          .map((u) => String.fromCharCode(u))
          .sort()
          .join(''),
      );
    // One of 去 吧 啦 (好了: its rarer unit, 好) after the anchor, whichever option is said.
    expect(clauses('你 (找|问) (去|吧|好了|啦)')).toEqual(['你', '找问', '去吧啦好']);
    // A class: one unit of each word.
    expect(clauses('找 <别处>')).toContain('找');
    expect(clauses('找 <别处>').some((c) => c.length === 2)).toBe(true);
    // An option that holds nothing required (only optional words) makes no clause.
    expect(clauses('你 (找|[问])')).toEqual(['你']);
    // A clause that holds a single required unit says nothing more.
    expect(clauses('你 (你|他)')).toEqual(['你']);
  });

  it('never lose a match: corpus lines and mixtures of phrase fragments find the same as without them', () => {
    const lines = readdirSync(CORPUS_DIR)
      .filter((n) => n.endsWith('.txt'))
      .flatMap((n) => readCorpus(n))
      .map((l) => l.text);
    const next = random(20261129);
    const pieces = [...lines.flatMap((l) => l.split(/[，。？！]/)), '，', '。', '您', '你', '找', '问', '什么', '呀'];
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from(
        { length: 1 + Math.floor(next() * 6) },
        () => pieces[Math.floor(next() * pieces.length)]!,
      );
      lines.push(parts.join(''));
    }
    let found = 0;
    for (const line of lines) {
      const expected = unfiltered.scan(line);
      found += expected.length;
      expect(forbiddenMatcher.scan(line), line).toEqual(expected);
    }
    expect(found).toBeGreaterThan(500);
  });
});
