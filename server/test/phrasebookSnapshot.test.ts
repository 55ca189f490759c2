import { describe, expect, it } from 'vitest';
import { compileBuiltin } from '../src/service/phrasebook/builtinSources';
import { compilePhrasebook } from '../src/service/phrasebook/compiled';
import { clonePhrasebook, loadPhrasebook } from '../src/service/phrasebook/load';
import { fromSnapshotTexts, snapshotTexts, toSnapshot } from '../src/service/phrasebook/snapshot';
import { readCorpus } from './corpusLines';

// The build compiles the built-in phrasebook ahead of time and ships it as two JSON texts
// (scripts/precompiledPhrasebook.mjs); a run restores it. Restored, it must be the same book
// and find the same phrases at the same places.

const compiled = compileBuiltin();
const texts = snapshotTexts(toSnapshot(compiled));
const restored = fromSnapshotTexts(texts);
const lines = [...readCorpus('rude.txt'), ...readCorpus('honest.txt')].map((l) => l.text);

describe('the built-in phrasebook compiled ahead of time', () => {
  it('ships its rules as ASCII text, non-ASCII characters escaped', () => {
    expect(texts.rules).toMatch(/^[\x00-\x7f]*$/);
    expect(texts.rules).toContain('\\u');
    expect(JSON.parse(texts.rules)).toEqual(toSnapshot(compiled).rules);
    expect(JSON.parse(texts.book)).not.toHaveProperty('rules');
  });

  it('restores the same book', () => {
    const { book } = restored;
    expect(book.approved).toEqual(compiled.book.approved);
    expect(book.forbidden).toEqual(compiled.book.forbidden);
    for (const key of [
      'approvedById',
      'approvedCategories',
      'forbiddenCategories',
      'placeholders',
      'classes',
      'placeholderAliases',
    ] as const) {
      expect([...book[key]], key).toEqual([...compiled.book[key]]);
    }
    expect(book.approvedById.get(book.approved[0]!.id)).toBe(book.approved[0]);
    expect(restored.placeholderNames).toEqual(compiled.placeholderNames);
  });

  it('restores every rule: its anchors, lengths and patterns', () => {
    const count = compiled.book.forbidden.length;
    let honest = 0;
    for (let i = 0; i < count; i++) {
      const rule = compiled.forbiddenMatcher.rule(i);
      const back = restored.forbiddenMatcher.rule(i);
      expect(back === undefined, compiled.book.forbidden[i]!.id).toBe(rule === undefined);
      if (!rule || !back) continue;
      honest += rule.honest.length;
      expect({ ...back, pattern: back.pattern, honest: back.honest }, compiled.book.forbidden[i]!.id).toEqual({
        ...rule,
      });
    }
    expect(count).toBeGreaterThan(600);
    expect(honest).toBeGreaterThan(10);
  });

  it('finds the same phrases at the same places on every corpus line', () => {
    expect(lines.length).toBeGreaterThan(600);
    let found = 0;
    for (const line of lines) {
      const expected = compiled.forbiddenMatcher.scan(line);
      found += expected.length;
      expect(restored.forbiddenMatcher.scan(line), line).toEqual(expected);
    }
    expect(found).toBeGreaterThan(250);
  });
});

describe('a team phrasebook that extends the built-in one', () => {
  const team = (classes: string) => `version: 2
categories:
  team:
    zh: 团队
    en: Team
    why: { zh: 团队, en: Team }
${classes}phrases:
  - { id: t-rush, phrase: 快点办, category: team, suggest: [apology-sorry] }
`;
  const extend = (text: string) => {
    const { phrasebook, errors } = loadPhrasebook([{ file: 'team.yaml', text }], clonePhrasebook(restored.book));
    expect(errors).toEqual([]);
    return compilePhrasebook(phrasebook);
  };

  it('compiles only its own entries', () => {
    const book = extend(team(''));
    const shared = restored.book.forbidden.length;
    for (let i = 0; i < shared; i++) expect(book.forbiddenMatcher.rule(i)).toBe(restored.forbiddenMatcher.rule(i));
    expect(book.forbiddenMatcher.rule(shared)).toBeDefined();
    expect(book.forbiddenMatcher.scan('您快点办吧').map((m) => m.phrase)).toEqual([shared]);
  });

  it('compiles the built-in entries again when it changes the fillers they allow', () => {
    const book = extend(team('classes:\n  filler: [真, 竟然]\n'));
    const rules = restored.book.forbidden.map((_, i) => book.forbiddenMatcher.rule(i));
    expect(rules.some((rule, i) => rule !== restored.forbiddenMatcher.rule(i))).toBe(true);
  });
});
