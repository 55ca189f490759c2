import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

const long = '您好，'.concat('这是一段非常长的说明文字需要客服一口气读完'.repeat(5), '。');

describe('turn-too-long', () => {
  const text = script(`  - agent: ${long}\n  - agent: 好的。`);

  it('reports an agent turn over 30 s at 190 characters a minute, on its text, in both languages', () => {
    expect(findings(text, 'turn-too-long')).toEqual([`turn-too-long: ${long}`]);
    const d = check(text).find((x) => x.code === 'turn-too-long')!;
    expect(d.severity).toBe(2);
    expect(d.message).toMatch(
      /^This takes about 3\d s to say at 190 characters a minute, over the budget of 30 s a turn/,
    );
    expect(check(text, { locale: 'zh' }).find((x) => x.code === 'turn-too-long')!.message).toMatch(
      /^这段话要说约 3\d 秒（每分钟 190 字），超过每轮 30 秒的时限/,
    );
  });

  it('leaves customer turns, notes and chat scripts alone', () => {
    expect(findings(script(`  - customer: ${long}`), 'turn-too-long')).toEqual([]);
    expect(findings(script(`  - agent: 好的。\n    note: ${long}`), 'turn-too-long')).toEqual([]);
    expect(findings(`channel: chat\n${text}`, 'turn-too-long')).toEqual([]);
  });

  it('counts a placeholder at its typical length', () => {
    const under = script(`  - agent: ${'好'.repeat(90)}`);
    expect(findings(under, 'turn-too-long')).toEqual([]);
    expect(findings(script(`  - agent: ${'好'.repeat(90)}{phone}`), 'turn-too-long')).toHaveLength(1);
  });

  it('takes the speed and the budget per team and per channel from the settings', () => {
    expect(check(text, { speaking: { budget: 60 } }).some((d) => d.code === 'turn-too-long')).toBe(false);
    expect(check(text, { speaking: { charsPerMinute: 400 } }).some((d) => d.code === 'turn-too-long')).toBe(false);
    expect(check(text, { speaking: { channels: { phone: 'off' } } }).some((d) => d.code === 'turn-too-long')).toBe(
      false,
    );
    const chat = `channel: chat\n${script('  - agent: 好的。'.padEnd(20) + `\n  - agent: ${'好'.repeat(40)}`)}`;
    expect(
      check(chat, { speaking: { channels: { chat: 10 } } }).filter((d) => d.code === 'turn-too-long'),
    ).toHaveLength(1);
  });
});
