import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../src/service/matcher/phraseMatcher';
import { requiredUnits } from '../src/service/matcher/patternCompile';
import { parsePattern } from '../src/service/matcher/patternSyntax';
import { builtinPhrasebook } from '../src/service/phrasebook/builtin';
import { readCorpus } from './corpusLines';

// The matcher skips a candidate whose window lacks a unit that every match holds. That must
// never lose a match: the same matcher without the units finds exactly the same.

const { book, forbiddenMatcher } = builtinPhrasebook();
const specs = book.forbidden.map((f) => ({
  phrase: f.phrase,
  version: f.syntax ?? 1,
  ...(f.clause ? { clause: f.clause } : {}),
  ...(f.honest ? { honest: f.honest } : {}),
}));
const unfiltered = new PhraseMatcher(specs, book.classes, (i) => {
  const rule = forbiddenMatcher.rule(i);
  return rule && { ...rule, required: [] };
});

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
    const units = (p: string) =>
      requiredUnits(parsePattern(p, 2, new Map([['说', ['说', '讲说']]]))).map((c) => String.fromCharCode(c));
    expect(units('你 找 [别人] 问').sort()).toEqual(['你', '找', '问'].sort());
    expect(units('(好吗|好不好)')).toEqual(['好']);
    expect(units('<说>什么')).toEqual(['说', '什', '么']);
    expect(units('{*}问')).toEqual(['问']);
  });

  it('never lose a match: corpus lines and mixtures of phrase fragments find the same as without them', () => {
    const lines = [...readCorpus('rude.txt'), ...readCorpus('honest.txt')].map((l) => l.text);
    const next = random(20261129);
    const pieces = [...lines.flatMap((l) => l.split(/[，。？！]/)), '，', '。', '您', '你', '找', '问', '什么', '呀'];
    for (let i = 0; i < 1500; i++) {
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
