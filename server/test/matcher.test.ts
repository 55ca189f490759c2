import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseMatcher } from '../src/service/matcher/phraseMatcher';
import { compileRule, type Classes, type PhraseSpec } from '../src/service/matcher/phraseRule';
import { MAX_STATES } from '../src/service/matcher/patternCompile';
import { isPatternError } from '../src/service/matcher/patternSyntax';

const CLASSES: Classes = new Map([
  ['filler', ['真', '真的', '都', '已经', '到底', '又', '还', '也', '就', '再']],
  ['particle', ['啊', '呀', '吧', '呢', '嘛', '啦', '喔', '哦']],
  ['说', ['说', '讲']],
  ['什么', ['什么', '啥']],
  ['听不见', ['听不见', '听不到', '听不清']],
  ['领导', ['领导', '班长', '经理', '主管']],
]);

/** `phrase@matched text` for every match of v1 phrases (strings) or specs in `text`. */
function find(phrases: (string | PhraseSpec)[], text: string, classes: Classes = CLASSES): string[] {
  return new PhraseMatcher(phrases, classes).scan(text).map((m) => {
    const p = phrases[m.phrase]!;
    return `${typeof p === 'string' ? p : p.phrase}@${text.slice(m.start, m.end)}`;
  });
}
const v2 = (phrase: string, extra: Partial<PhraseSpec> = {}): PhraseSpec => ({ phrase, version: 2, ...extra });

describe('PhraseMatcher with literal (v1) phrases', () => {
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
  it('matches blanks {*} of up to ten characters of one clause', () => {
    expect(find(['你到{*}部门问问吧'], '你到财务部门问问吧')).toEqual(['你到{*}部门问问吧@你到财务部门问问吧']);
    expect(find(['你到{*}部门问问吧'], '你到。财务部门问问吧')).toEqual([]);
    expect(find(['你到{*}部门问问吧'], '你到，财务部门问问吧')).toEqual([]);
    expect(find(['你到{*}部门问问吧'], '你到一二三四五六七八九十十一部门问问吧')).toEqual([]);
  });
  it('finds every occurrence of a phrase, not only the first: an earlier match never hides a later one', () => {
    expect(find(['急什么'], '急什么，急什么')).toEqual(['急什么@急什么', '急什么@急什么']);
    expect(find([v2('急什么', { clause: 'whole' })], '急什么。急什么呀')).toHaveLength(2);
    expect(find(['真烦人'], '真烦人真烦人')).toHaveLength(2);
  });
  it('finds every phrase in one pass', () => {
    const phrases = ['我不知道', '不知道', '真烦人'];
    expect(find(phrases, '我不知道，真烦人').sort()).toEqual(['不知道@不知道', '我不知道@我不知道', '真烦人@真烦人']);
  });
  it('keeps brackets and bars literal: a v1 phrase is text', () => {
    expect(find(['真(烦)人'], '真烦人')).toHaveLength(1);
    expect(find(['真[烦]人'], '真人')).toEqual([]);
  });
});

describe('variant folding', () => {
  it('folds 您, 妳 and 祢 into 你, one unit to one', () => {
    for (const text of ['您问我，我问谁', '妳问我，我问谁', '祢問我，我問誰']) {
      expect(find(['你问我，我问谁'], text)).toEqual([`你问我，我问谁@${text}`]);
    }
  });
  it('folds regional spellings: 甚麼/什麼/什么, 囉唆/囉嗦/嚕囌/啰嗦, 曉得/晓得/知道, 講/讲', () => {
    expect(find([v2('急什么')], '急甚麼？')).toEqual(['急什么@急甚麼']);
    expect(find([v2('急什么')], '急什麽？')).toEqual(['急什么@急什麽']);
    for (const text of ['真囉唆', '真囉嗦', '真嚕囌', '真啰嗦', '真罗嗦'])
      expect(find([v2('真啰嗦')], text)).toEqual([`真啰嗦@${text}`]);
    expect(find([v2('我哪知道')], '我哪曉得？')).toEqual(['我哪知道@我哪曉得']);
    expect(find([v2('你在讲什么')], '你在講甚麼')).toEqual(['你在讲什么@你在講甚麼']);
  });
  it('maps a folded word back to exactly its source units', () => {
    const text = '喂，急 甚\n麼';
    const [m] = new PhraseMatcher([v2('急什么')], CLASSES).scan('喂，急 甚麼');
    expect(m && '喂，急 甚麼'.slice(m.start, m.end)).toBe('急 甚麼');
    expect(find([v2('急什么')], text)).toEqual([]);
  });
});

describe('clauses', () => {
  it('never crosses clause punctuation the phrase lacks: ，、；： and sentence ends', () => {
    for (const sep of ['，', '、', '；', '：', '。', ',', '\n'])
      expect(find([v2('急什么')], `您先别急${sep}什么情况您慢慢说`)).toEqual([]);
    expect(find([v2('急什么')], '您別著急，什麼情況您慢慢講。')).toEqual([]);
  });
  it('lets the text have or omit the clause punctuation the phrase has', () => {
    expect(find([v2('有意见，找领导去')], '有意见找领导去')).toHaveLength(1);
    expect(find([v2('有意见，找领导去')], '有意见；找领导去')).toHaveLength(1);
  });
  it('matches a whole-clause phrase only as the whole clause, with leading and trailing particles', () => {
    const phrases = [v2('<什么>呀', { clause: 'whole' })];
    expect(find(phrases, '什么呀？')).toEqual(['<什么>呀@什么呀']);
    expect(find(phrases, '哦，啥呀！')).toEqual(['<什么>呀@啥呀']);
    expect(find(phrases, '啊什么呀啦')).toEqual(['<什么>呀@什么呀']);
    expect(find(phrases, '没什么呀')).toEqual([]);
    expect(find(phrases, '您需要什么呀？')).toEqual([]);
  });
  it('makes a phrase of two characters or fewer whole-clause unless it says otherwise', () => {
    expect(find([v2('为什么')], '您是问为什么吗')).toHaveLength(1);
    expect(find([v2('<什么>')], '您是问什么吗')).toEqual([]);
    expect(find([v2('<什么>')], '什么？')).toHaveLength(1);
    expect(find([v2('<什么>', { clause: 'any' })], '您是问什么吗')).toHaveLength(1);
    expect(compileRule(v2('真 烦人'), CLASSES).whole).toBe(false);
    expect(compileRule(v2('真烦人'), CLASSES).whole).toBe(false);
    expect(compileRule({ phrase: '急啥', version: 1 }, CLASSES).whole).toBe(false);
  });
});

describe('patterns', () => {
  it('optional words [x] and alternatives (a|b)', () => {
    const phrases = [v2('[我] 不是 (告诉|跟) 你 [说] 过 吗')];
    expect(find(phrases, '我不是告诉你过吗')).toHaveLength(1);
    expect(find(phrases, '不是跟您说过吗')).toHaveLength(1);
    expect(find(phrases, '不是和你说过吗')).toEqual([]);
  });
  it('classes of synonyms <name>, defined once as data', () => {
    const phrases = [v2('有意见 [，] 找 <领导> 去')];
    for (const who of ['领导', '班长', '經理', '主管']) expect(find(phrases, `有意见，找${who}去！`)).toHaveLength(1);
    expect(find(phrases, '有意见，找同事去')).toEqual([]);
    expect(find([v2('大点声，<听不见>')], '大点声，听不清')).toHaveLength(1);
  });
  it('a class reads exactly its words, also where one word begins another or a word is listed twice', () => {
    // The words of a class share one trie; each gap of each phrase reads it through its own states.
    const unit = fc.constantFrom('甲', '乙', '丙');
    const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), word, (words, said) => {
        const classes: Classes = new Map([...CLASSES, ['词', words]]);
        const phrases = [v2('我 <词> 不管', { clause: 'any' })];
        const found = find(phrases, `我${said}不管`, classes);
        expect(found.length > 0).toBe(words.includes(said));
      }),
      { numRuns: 300 },
    );
  });
  it('fillers at a space: up to two of 真, 都, 已经, 到底, 又, 还, 也, 就, 再 …', () => {
    const phrases = [v2('我 不是 说了 吗')];
    expect(find(phrases, '我不是说了吗')).toHaveLength(1);
    expect(find(phrases, '我不是已经说了吗')).toHaveLength(1);
    expect(find(phrases, '我不是都已经说了吗')).toHaveLength(1);
    expect(find(phrases, '我不是早就已经说了吗')).toEqual([]);
    expect(find([v2('我不是说了吗')], '我不是已经说了吗')).toEqual([]);
  });
  it('reduplication: x[~] says x once or twice, &(…) … ~ repeats what the group matched', () => {
    const ask = [v2('你 自己 去 &问[~] 吧')];
    expect(find(ask, '你自己去问吧')).toHaveLength(1);
    expect(find(ask, '你自己去问问吧')).toHaveLength(1);
    const rush = [v2('&(催|吵|急)<什么>~')];
    expect(find(rush, '催什么催')).toEqual(['&(催|吵|急)<什么>~@催什么催']);
    expect(find(rush, '吵啥吵')).toHaveLength(1);
    expect(find(rush, '催什么吵')).toEqual([]);
    expect(find([v2('快点~')], '快点点')).toHaveLength(1);
  });
  it('blanks {*} whose following noun is optional: {*}[部门]', () => {
    const phrases = [v2('你 去 找 {*}[部门] 吧')];
    expect(find(phrases, '你去找售后部门吧')).toHaveLength(1);
    expect(find(phrases, '你去找售后吧')).toHaveLength(1);
    expect(find(phrases, '你去找，售后吧')).toEqual([]);
  });
  it('reports the exact range of a match without the punctuation around it', () => {
    expect(find([v2('[你] 急什么', { clause: 'whole' })], '喂， 你急什么？！')).toEqual(['[你] 急什么@你急什么']);
  });
});

describe('honest contexts', () => {
  it('after: 这是规定 followed by 的 and a noun, or 范围', () => {
    const phrases = [v2('这是规定', { honest: [{ after: '(范围|的 (流程|标准))' }] })];
    expect(find(phrases, '这是规定，我有什么办法')).toHaveLength(1);
    expect(find(phrases, '这是规定的流程，我给您说明一下')).toEqual([]);
    expect(find(phrases, '这是规定范围内的免费维修')).toEqual([]);
  });
  it('before: 声音大点 after 麻烦您', () => {
    const phrases = [v2('声音 大点', { honest: [{ before: '(麻烦|请) [你]' }] })];
    expect(find(phrases, '声音大点！')).toHaveLength(1);
    expect(find(phrases, '对不起，我听不清您的声音，麻烦您声音大点，好吗？')).toEqual([]);
    expect(find(phrases, '请声音大点')).toEqual([]);
  });
  it('quoted: 我不知道 inside a quotation of the customer', () => {
    const phrases = [v2('[我] 不知道', { clause: 'whole', honest: [{ quoted: true }] })];
    expect(find(phrases, '我不知道。')).toHaveLength(1);
    expect(find(phrases, '您是说“我不知道”，对吗？')).toEqual([]);
    expect(find(phrases, '您是說「我不知道」，對嗎？')).toEqual([]);
    expect(find(phrases, '您是说"我不知道"，对吗？')).toEqual([]);
    expect(find(phrases, '您是说“我不知道密码怎么改”，对吗？')).toEqual([]);
  });
  it('never reports a phrase inside a quotation, contexts or none: the agent quotes, not says', () => {
    const phrases = [v2('别 找 我'), v2('{*} 我 也 不知道', { honest: [{ before: '如果' }] })];
    expect(find(phrases, '别找我。')).toHaveLength(1);
    expect(find(phrases, '什么时候到我也不知道。')).toHaveLength(1);
    expect(find(phrases, '您是说“别找我”，是师傅这样跟您说的吗？')).toEqual([]);
    expect(find(phrases, '您是说“什么时候到我也不知道”，对吗？')).toEqual([]);
    expect(find(phrases, '您是說「別找我」，對嗎？')).toEqual([]);
    expect(find(phrases, '他说“好的”，别找我。')).toHaveLength(1);
  });
  it('counts a quotation only once it closes: a stray mark hides nothing after it', () => {
    const phrases = [v2('别 找 我'), v2('[我] 不知道', { clause: 'whole', honest: [{ quoted: true }] })];
    expect(find(phrases, '好的“别找我。')).toHaveLength(1);
    expect(find(phrases, '好的"，别找我。')).toHaveLength(1);
    expect(find(phrases, '「他说“好的”，别找我。')).toHaveLength(1);
    expect(find(phrases, '您是说“我不知道')).toHaveLength(1);
    expect(find(phrases, '您是说「他说“别找我”」，对吗？')).toEqual([]);
  });
  it('needs every condition of one context: before and after together', () => {
    const phrases = [v2('不放心', { honest: [{ before: '如果 你', after: '，可以' }] })];
    expect(find(phrases, '如果您不放心，可以再打过来')).toEqual([]);
    expect(find(phrases, '如果您不放心，等会儿再打')).toHaveLength(1);
  });
});

describe('phrases compile in time linear in the phrase', () => {
  const statesOf = (phrase: string) => compileRule(v2(phrase), CLASSES).nfa.size;

  it('grows the automaton linearly with nested optional words and alternatives, never exponentially', () => {
    const nested = (n: number) => '戊' + '[甲 (乙|丙) '.repeat(n) + '丁' + ']'.repeat(n);
    const a = statesOf(nested(4));
    const b = statesOf(nested(8));
    expect(b - a).toBe(statesOf(nested(12)) - b);
    const sentences = Array.from({ length: 6 }, () => '甲。乙。丙。丁。戊').join('{*}');
    expect(statesOf(sentences)).toBeLessThan(200);
    expect(find([v2(sentences)], Array(6).fill('甲乙。丙丁戊').join('一二'))).toHaveLength(1);
  });
  it('compiles the 69-character team phrase of six sentence-separated parts with blanks (v1) without expanding it', () => {
    const hostile = Array.from({ length: 6 }, () => '甲。乙。丙。丁。戊').join('{*}');
    expect(hostile).toHaveLength(69);
    expect(compileRule({ phrase: hostile, version: 1 }, CLASSES).nfa.size).toBeLessThan(200);
    const part = '甲。乙丙！丁戊';
    expect(find([hostile], Array(6).fill(part).join('一二'))).toHaveLength(1);
    expect(find([hostile], Array(6).fill('甲乙丙丁戊').join('一。二'))).toEqual([]);
  });
  it('refuses a pattern over the state limit with an error, not a hang', () => {
    let error: unknown;
    try {
      compileRule(v2('(甲|乙|丙|丁)'.repeat(MAX_STATES)), CLASSES);
    } catch (e) {
      error = e;
    }
    expect(isPatternError(error)).toBe(true);
  });
  it('explains malformed patterns', () => {
    const message = (phrase: string) => {
      try {
        compileRule(v2(phrase), CLASSES);
        return '';
      } catch (e) {
        return isPatternError(e) ? e.message.en : String(e);
      }
    };
    expect(message('(甲|乙')).toMatch(/Unbalanced/);
    expect(message('甲]')).toMatch(/Unbalanced/);
    expect(message('<没有>甲')).toMatch(/Undefined class/);
    expect(message('{name}甲')).toMatch(/Only \{\*\}/);
    expect(message('~甲')).toMatch(/"~"/);
    expect(message('[甲][乙]')).toMatch(/every match has/);
    expect(message('('.repeat(40) + '甲' + ')'.repeat(40))).toMatch(/nested deeper/);
  });
});
