import type { Node } from 'yaml';
import { charsPerMinute, turnBudget } from '../flow/speakingSettings';
import { formatSeconds, speakingSeconds } from '../flow/speakingTime';
import { speakerPair, valueText } from '../flow/turnParts';
import { defineRule } from './types';

/** An agent turn can be said aloud within the team's budget (30 s by default; off for chat). */
export const turnTooLong = defineRule({
  id: 'turn-too-long',
  defaultSeverity: 'warning',
  description: {
    zh: '客服的一个轮次应能在时限内说完（默认 30 秒，按团队和渠道设置；在线文字渠道不检查）。',
    en: 'An agent turn must be said aloud within the budget (30 s by default, set per team and channel; off for chat).',
  },
  check({ model, settings, report }) {
    const budget = turnBudget(model, settings?.speaking);
    if (budget === undefined) return;
    const cpm = charsPerMinute(settings?.speaking);
    const speaking = { charsPerMinute: cpm };
    for (const turn of model.turns) {
      const speaker = speakerPair(turn);
      if (speaker?.speaker !== 'agent') continue;
      const value = speaker.pair.value as Node | null;
      if (!value?.range) continue;
      const seconds = speakingSeconds(valueText(model, value), speaking);
      if (seconds <= budget) continue;
      let end = value.range[1];
      while (end > value.range[0] && /\s/.test(model.text[end - 1]!)) end--;
      report({
        start: value.range[0],
        end,
        message: {
          zh: '这段话要说约 {seconds} 秒（每分钟 {cpm} 字），超过每轮 {budget} 秒的时限：请拆成几个轮次，中间让客户回应',
          en: 'This takes about {seconds} s to say at {cpm} characters a minute, over the budget of {budget} s a turn: split it into turns and let the customer answer in between',
        },
        args: { seconds: formatSeconds(seconds), cpm: String(cpm), budget: String(budget) },
      });
    }
  },
});
