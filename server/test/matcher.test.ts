import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../src/service/matcher/phraseMatcher';

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
