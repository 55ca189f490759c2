import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPhrasebook } from '../src/service/phrasebook/builtin';
import { findingsPerLine, measure } from './corpusLines';

// The figures issue 11 asks of the built-in phrasebook, on the tuning corpora of test/corpus/
// (the holdout and fresh sets are measured by npm run corpus, never enforced here, so that
// nobody tunes on them).

const FIXTURES = join(__dirname, 'fixtures');
const fixtureLines = (file: string) =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
const flaggedOf = (lines: string[]) =>
  findingsPerLine(lines).map((f, i) => ({
    line: lines[i]!,
    flagged: f.length > 0,
    found: f.map((d) => String(d.message)),
  }));

describe('corpus figures', () => {
  it('catches at least 95% of the rude lines of test/corpus/rude.txt', () => {
    const { rate, lines, flagged } = measure('rude.txt');
    const missed = lines.filter((_, i) => !flagged[i]).map((l) => `${l.line}: ${l.text}`);
    expect(rate, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
  it('flags at most 0.5% of the honest lines of test/corpus/honest.txt', () => {
    const { rate, lines, flagged, findings } = measure('honest.txt');
    const alarms = lines.flatMap((l, i) =>
      flagged[i] ? [`${l.line}: ${l.text} — ${findings[i]!.map((d) => d.message).join(' | ')}`] : [],
    );
    expect(rate, `false alarms:\n${alarms.join('\n')}`).toBeLessThanOrEqual(0.005);
  });
});

describe('the seeds', () => {
  const seeds = fixtureLines('seed-forbidden.tsv').map((l) => {
    const [id, phrase, source] = l.split('\t');
    return { id: id!, phrase: phrase!, source: source! };
  });
  /** The seed's line as an agent would say it: its blank filled in. */
  const spoken = (phrase: string) => phrase.replaceAll('{*}', '售后');

  it('has the 113 forbidden phrases of phrasebook v1 with their seed source', () => {
    expect(seeds).toHaveLength(113);
    expect(seeds.every((s) => s.source.length > 0 && s.phrase.length > 0)).toBe(true);
  });
  it('still catches every seed forbidden phrase', () => {
    const missed = flaggedOf(seeds.map((s) => spoken(s.phrase)))
      .filter((r) => !r.flagged)
      .map((r) => r.line);
    expect(missed).toEqual([]);
  });
  it('catches every seed forbidden phrase addressed with 您 or 妳 instead of 你', () => {
    const polite = seeds
      .filter((s) => s.phrase.includes('你'))
      .flatMap((s) => [spoken(s.phrase).replaceAll('你', '您'), spoken(s.phrase).replaceAll('你', '妳')]);
    expect(polite.length).toBeGreaterThan(100);
    expect(
      flaggedOf(polite)
        .filter((r) => !r.flagged)
        .map((r) => r.line),
    ).toEqual([]);
  });
  it('flags no approved phrase', () => {
    const approved = builtinPhrasebook().book.approved.map((a) => a.text);
    expect(approved.length).toBeGreaterThan(300);
    expect(flaggedOf(approved).filter((r) => r.flagged)).toEqual([]);
  });
  it('flags no model agent line of seed 002', () => {
    const lines = fixtureLines('seed-002-agent-lines.txt');
    expect(lines.length).toBeGreaterThan(100);
    expect(flaggedOf(lines).filter((r) => r.flagged)).toEqual([]);
  });
});

describe('the examples of issue 11', () => {
  it.each([
    '您问我，我问谁？',
    '我不太清楚，你自己去问吧。',
    '刚才不是跟你说过了吗？',
    '急啥？',
    '妳自己去問問吧。',
    '急甚麼？',
    '什么呀？',
    '为什么？',
    '你说什么？',
    '急什么好好说',
  ])('catches %s', (line) => {
    expect(flaggedOf([line])[0]!.flagged).toBe(true);
  });
  it.each([
    '您先别急，什么情况您慢慢说',
    '这是规定范围内的免费维修',
    '如果我们也没有办法当天修好，会先给您安排备用机',
    '您是说“我不知道密码怎么改”，对吗？',
    '对不起，我听不清您的声音，麻烦您声音大点，好吗？',
    '您別著急，什麼情況您慢慢講。',
    '没什么呀，您放心。',
    '您是想了解为什么这笔费用被扣了两次，对吗？',
    '您说什么时候方便，我们就什么时候上门。',
    '您是急什么时候要用车吗？',
    '您不用急什么，我们一定处理好。',
  ])('leaves %s alone', (line) => {
    expect(flaggedOf([line])[0]).toEqual({ line, flagged: false, found: [] });
  });
  it('suggests first what fits the situation', () => {
    const first = (line: string) => {
      const [d] = findingsPerLine([line])[0]!;
      return (d?.data as { replacements: string[] } | undefined)?.replacements[0];
    };
    expect(first('你这个怎么这样说话')).toBe('为了和您保持良好的沟通，希望您使用文明用语。');
    expect(first('这是规定，我有什么办法。')).toMatch(/由于.*原因/);
    expect(first('办什么事总要有时间，你不要老催我好不好')).not.toMatch(/马上|一定/);
  });
});

describe('cores that carry over to new wordings', () => {
  it.each([
    '这个我管不着。',
    '這個我們管不了。',
    '规矩就是这样，谁也改变不了。',
    '都是你自己按错了，能怪谁？',
    '下回长点记性。',
    '你这人怎么这么不讲理！',
    '您这么懂行，还来问我干嘛？',
    '嫌贵？那您别用我们家的啊。',
    '你倒是说啊！',
    '我哋啲嘢真係好差。',
    '你再骂一句试试！',
    '不好意思哈，让你等了半天。',
  ])('catches %s', (line) => {
    expect(flaggedOf([line])[0]!.flagged).toBe(true);
  });
  it.each([
    '我们这边管不了的部分，我会转给技术部门，今天内回复您。',
    '如果我们管不了，会转给技术部门。',
    '这个问题不是我们部门负责，但我可以帮您转接到负责的同事。',
    '请问这是您第一次反映这个问题吗？',
    '您的个人话费账单已经发送到您的邮箱。',
    '我们没办法给您破例，但是可以帮您申请一张优惠券作为补偿，您看可以吗？',
    '这个问题需要物业配合，我来帮您联系物业。',
    '请您不要重复提交订单，以免被重复扣款。',
    '您的声音有点小，麻烦您大声一点，好吗？',
    '收到之后麻烦您唸给我听一下。',
    '为了您的安全，请多喝水，注意休息。',
  ])('leaves %s alone', (line) => {
    expect(flaggedOf([line])[0]).toEqual({ line, flagged: false, found: [] });
  });
});

describe('honest contexts leave the rude sentences next to them flagged', () => {
  it.each([
    '好的“别找我。',
    '别再打电话给我了。',
    '别再打電話來了，有消息會通知你。',
    '不要再打电话来问了，有结果会通知你。',
    '规定就是这样，不过你可以去投诉。',
    '规定就是这样，不过你爱怎样就怎样。',
    '我无所谓，随你便。',
    '我无所谓，看你的意思。',
    '你自己操作错了也没办法。',
  ])('catches %s', (line) => {
    expect(flaggedOf([line])[0]!.flagged).toBe(true);
  });
});
