import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../src/service/matcher/phraseMatcher';
import { compilePhrase } from '../src/service/matcher/phrasePattern';

function find(phrases: string[], text: string): string[] {
  return new PhraseMatcher(phrases).scan(text).map((m) => `${phrases[m.phrase]}@${text.slice(m.start, m.end)}`);
}

describe('PhraseMatcher', () => {
  it('finds a phrase in plain text', () => {
    expect(find(['真烦人'], '哎，真烦人！')).toEqual(['真烦人@真烦人']);
  });
  it('folds Traditional to Simplified', () => {
    expect(find(['真烦人'], '真煩人')).toEqual(['真烦人@真煩人']);
  });
  it('ignores punctuation, width and spaces', () => {
    expect(find(['你问我，我问谁？'], '你问我,我问谁?')).toEqual(['你问我，我问谁？@你问我,我问谁']);
    expect(find(['你问我，我问谁？'], '你 问 我 ， 我问谁')).toHaveLength(1);
    expect(find(['abc好'], 'ＡＢＣ好')).toHaveLength(1);
  });
  it('does not run across a sentence end the phrase lacks', () => {
    expect(find(['急什么'], '请您不要着急。什么时候方便')).toEqual([]);
    expect(find(['急什么'], '请您不要着急!什么时候方便')).toEqual([]);
    expect(find(['急什么'], '你急什么')).toHaveLength(1);
  });
  it('matches a sentence end inside the phrase with or without it in the text', () => {
    expect(find(['讲呀！我听着呢。'], '讲呀！我听着呢')).toHaveLength(1);
    expect(find(['讲呀！我听着呢。'], '讲呀，我听着呢')).toHaveLength(1);
    expect(find(['讲呀！我听着呢。'], '讲呀？我听着呢')).toHaveLength(1);
  });
  it('matches blanks {*} of up to ten characters without a sentence end', () => {
    expect(find(['你到{*}部门问问吧'], '你到财务部门问问吧')).toEqual(['你到{*}部门问问吧@你到财务部门问问吧']);
    expect(find(['你到{*}部门问问吧'], '你到。财务部门问问吧')).toEqual([]);
    expect(find(['你到{*}部门问问吧'], '你到一二三四五六七八九十十一部门问问吧')).toEqual([]);
  });
  it('finds every phrase in one pass', () => {
    const phrases = ['我不知道', '不知道', '真烦人'];
    expect(find(phrases, '我不知道，真烦人').sort()).toEqual(['不知道@不知道', '我不知道@我不知道', '真烦人@真烦人']);
  });
});

describe('phrase patterns stay linear in the phrase', () => {
  /** Six parts of five sentences each, joined by blanks: 69 characters. */
  const HOSTILE = Array.from({ length: 6 }, () => '甲。乙。丙。丁。戊').join('{*}');

  it('compiles a phrase of many sentence-separated parts into one segment per part', () => {
    expect(HOSTILE).toHaveLength(69);
    const parts = compilePhrase(HOSTILE);
    expect(parts.map((p) => p.text)).toEqual(Array(6).fill('甲乙丙丁戊'));
    expect(parts.map((p) => p.ends)).toEqual(Array(6).fill([1, 2, 3, 4]));
  });
  it('matches such a phrase with any mix of its sentence ends present or absent', () => {
    const text = (ends: string[]) => ['甲', '乙', '丙', '丁', '戊'].map((c, i) => (i === 0 ? c : ends[i - 1] + c)).join('');
    const part = text(['。', '', '！', '']);
    expect(find([HOSTILE], Array(6).fill(part).join('一二'))).toHaveLength(1);
    expect(find([HOSTILE], Array(6).fill(text(['', '', '', ''])).join(''))).toHaveLength(1);
    expect(find(['甲。乙。丙。丁。戊。己'], '甲乙。丙丁。戊己')).toHaveLength(1);
    expect(find(['甲。乙。丙。丁。戊。己'], '甲乙丙丁戊，己')).toHaveLength(1);
  });
  it('still refuses a sentence end the phrase lacks, inside a part or in a blank', () => {
    expect(find([HOSTILE], Array(6).fill('甲乙丙丁戊').join('一。二'))).toEqual([]);
    expect(find(['甲乙。丙{*}丁'], '甲。乙丙一丁')).toEqual([]);
    expect(find(['甲乙。丙{*}丁'], '甲乙。丙一丁')).toHaveLength(1);
  });
});
