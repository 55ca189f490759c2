import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPENCC_FORMS, TAIWAN_FORMS } from '../../src/service/features/chineseForms';
import { toTraditional } from '../../src/service/features/traditional';

const approved = (
  parse(readFileSync(join(__dirname, '../../data/phrasebook/approved.yaml'), 'utf8')) as { phrases: { text: string }[] }
).phrases.map((p) => p.text);

/** Where OpenCC's phrase data is wrong for call-centre speech (scripts/gen-chinese-tables.mjs). */
const corrections = (text: string) => text.replace(/彆(?=[着著]急)/g, '別');

describe('Simplified to Traditional by phrase', () => {
  it('corrects what a character table gets wrong', () => {
    expect(toTraditional('请您留下联系方式，我们核实后回复您。')).toBe('請您留下聯繫方式，我們核實後回覆您。');
    expect(toTraditional('避免重复报修，这和天气没有关系，祝您收获满满')).toBe(
      '避免重複報修，這和天氣沒有關係，祝您收穫滿滿',
    );
    expect(toTraditional('请您别着急')).toBe('請您別著急');
  });

  it('keeps text that is not Simplified Chinese, also outside the BMP', () => {
    expect(toTraditional('{agent_id} ok 𠀀 ，！')).toBe('{agent_id} ok 𠀀 ，！');
    expect(toTraditional('')).toBe('');
  });

  it('gives every approved phrase as opencc-js cn→tw does (Taiwan forms)', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const differ = approved.filter((text) => toTraditional(text, TAIWAN_FORMS) !== corrections(tw(text)));
    expect(differ).toEqual([]);
    expect(approved.length).toBeGreaterThan(300);
  });

  it("gives every approved phrase as opencc-js cn→t does (OpenCC's standard forms)", () => {
    const t = OpenCC.Converter({ from: 'cn', to: 't' });
    const differ = approved.filter((text) => toTraditional(text, OPENCC_FORMS) !== corrections(t(text)));
    expect(differ).toEqual([]);
  });

  it('converts whole files of Chinese text as opencc-js does, phrases across lines and contexts', () => {
    const t = OpenCC.Converter({ from: 'cn', to: 't' });
    for (const file of [
      'server/data/phrasebook/approved.yaml',
      'server/data/phrasebook/forbidden.yaml',
      'package.nls.zh-cn.json',
      'test/corpus/honest.txt',
      'test/corpus/rude.txt',
    ]) {
      const text = readFileSync(join(__dirname, '../../..', file), 'utf8');
      const ours = toTraditional(text, OPENCC_FORMS).split('\n');
      const theirs = corrections(t(text)).split('\n');
      expect(
        ours.filter((line, i) => line !== theirs[i]),
        file,
      ).toEqual([]);
    }
  });
});
