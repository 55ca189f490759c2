import { describe, expect, it } from 'vitest';
import { localize } from '../src/service/l10n';
import { compilePhrasebook } from '../src/service/phrasebook/compiled';
import { builtinPhrasebook } from '../src/service/phrasebook/builtin';
import { loadPhrasebook } from '../src/service/phrasebook/load';
import { forbiddenMatches } from '../src/service/rules/forbiddenPhrase';

// Phrasebook files of version 2 (patterns, classes, clause, honest contexts) and of version 1.

const base = builtinPhrasebook().book;

function load(text: string) {
  const { phrasebook, errors } = loadPhrasebook([{ file: 'team.yaml', text }], base);
  return { book: phrasebook, errors: errors.map((e) => `${e.file}:${e.line}: ${localize(e.message, 'en', e.args)}`) };
}

const header = (version: number) => `version: ${version}
categories:
  team:
    zh: 团队
    en: Team
    why: { zh: 团队, en: Team }
`;

function matches(text: string, value: string): string[] {
  return forbiddenMatches(value, compilePhrasebook(load(text).book))
    .filter((m) => m.entry.id.startsWith('t-'))
    .map((m) => `${m.entry.id}@${value.slice(m.start, m.end)}`);
}

describe('version 2 phrasebooks', () => {
  const v2 = `${header(2)}classes:
  东西: [东西, 玩意儿]
phrases:
  - id: t-junk
    phrase: '什么 破 <东西>'
    category: team
    suggest: [apology-sorry]
    source: team-judgement
  - id: t-ok
    phrase: '就这样'
    clause: whole
    category: team
    suggest: [apology-sorry]
    honest:
      - after: '，(好吗|可以吗)'
      - quoted: true
`;

  it('loads classes, clause and honest contexts, and matches with them', () => {
    expect(load(v2).errors).toEqual([]);
    expect(matches(v2, '什么破玩意儿')).toEqual(['t-junk@什么破玩意儿']);
    expect(matches(v2, '就这样吧！')).toEqual(['t-ok@就这样']);
    expect(matches(v2, '就这样，好吗？')).toEqual([]);
    expect(matches(v2, '您是说“就这样”吗')).toEqual([]);
    expect(matches(v2, '就这样处理')).toEqual([]);
  });

  it('uses the classes of the built-in phrasebook in a team file', () => {
    const text = `${header(2)}phrases:
  - id: t-boss
    phrase: '你 找 <领导> 投诉 去'
    category: team
    suggest: [apology-sorry]
`;
    expect(load(text).errors).toEqual([]);
    expect(matches(text, '您找主管投诉去了吗')).toEqual(['t-boss@您找主管投诉去']);
  });

  it('reports every mistake of a pattern at its line', () => {
    const text = `${header(2)}classes:
  bad name: [x]
  空: []
phrases:
  - id: t-a
    phrase: '(甲乙'
    category: team
    suggest: [apology-sorry]
  - id: t-b
    phrase: '<没有这个类>甲乙'
    category: team
    suggest: [apology-sorry]
  - id: t-c
    phrase: '[甲乙]'
    category: team
    suggest: [apology-sorry]
  - id: t-d
    phrase: '甲乙'
    clause: half
    honest:
      - {}
      - quoted: yes
    category: team
    suggest: [apology-sorry]
  - id: t-e
    phrase: '${'(甲|乙|丙|丁)'.repeat(1500)}'
    category: team
    suggest: [apology-sorry]
  - id: t-f
    phrase: '甲'
    category: team
    suggest: [apology-sorry]
`;
    expect(load(text).errors).toEqual([
      'team.yaml:8: The class name "bad name" must not be empty nor hold < > | ( ) [ ] or spaces',
      'team.yaml:9: "空" must be a list',
      'team.yaml:12: Unbalanced bracket: "("',
      'team.yaml:16: Undefined class of synonyms <没有这个类>',
      'team.yaml:20: The phrase needs a character that every match has (not all optional or blank)',
      'team.yaml:25: clause must be whole or any, not "half"',
      'team.yaml:27: Each honest context needs at least one of before, after or quoted',
      'team.yaml:28: "quoted" must be true or false',
      'team.yaml:32: The phrase is too large once compiled (>4000 states, limit 4000)',
      'team.yaml:36: The forbidden phrase "甲" needs at least two characters besides punctuation and blanks',
    ]);
  });
});

describe('version 1 phrasebooks keep working', () => {
  const v1 = `${header(1)}phrases:
  - id: t-literal
    phrase: 有事(找)我
    category: team
    suggest: [apology-sorry]
  - id: t-blank
    phrase: 你去{*}问
    category: team
    suggest: [apology-sorry]
`;

  it('matches literal text: brackets are punctuation, not syntax', () => {
    expect(load(v1).errors).toEqual([]);
    expect(matches(v1, '有事找我')).toEqual(['t-literal@有事找我']);
    expect(matches(v1, '您去前台问')).toEqual(['t-blank@您去前台问']);
  });

  it('refuses the keys of version 2 in a version 1 file', () => {
    const text = `${header(1)}classes:
  x: [甲]
phrases:
  - id: t-x
    phrase: 甲乙
    clause: whole
    category: team
    suggest: [apology-sorry]
`;
    expect(load(text).errors).toEqual([
      'team.yaml:8: "classes" needs version: 2',
      'team.yaml:12: Unknown key "clause"',
    ]);
  });

  it('refuses an unknown version', () => {
    expect(load(`${header(3)}phrases: []\n`).errors).toContain('team.yaml:1: Unsupported version 3 (expected 1 or 2)');
  });
});
