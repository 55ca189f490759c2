import { builtinToneModel, builtinToneScorer } from '../tone/builtinModel';
import { toneSentences, toneText, type ToneText } from '../tone/features';
import { scoreTone } from '../tone/model';
import { forbiddenMatchesOf } from './forbiddenPhrase';
import { defineRule } from './types';

/** The source text of the n-gram at `index` of a sentence read by toneText. */
function cueText(value: string, sentence: ToneText, index: number, length: number): string {
  const last = index + length - 1;
  return value.slice(sentence.at[index]!, sentence.at[last]! + sentence.len[last]!);
}

/**
 * A sentence of agent speech whose tone a statistical model (character n-grams, logistic
 * regression) judges rude, where no forbidden phrase was found: catches wording no phrase list
 * foresees. The finding covers the sentence and names the cues that weighed most.
 */
export const rudeTone = defineRule({
  id: 'rude-tone',
  defaultSeverity: 'warning',
  description: {
    zh: '客服的话语气不得生硬无礼（统计模型判断，补充服务忌语表未列出的说法）。',
    en: 'Agent speech must not sound rude (a statistical judgement that catches wording the forbidden phrases do not list).',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    const { value } = speech.text;
    const forbidden = forbiddenMatchesOf(speech.text, phrasebook);
    const scorer = builtinToneScorer();
    for (const span of toneSentences(value)) {
      if (forbidden.some((m) => m.start < span.end && span.start < m.end)) continue;
      // Most sentences are not rude: their score alone, read without building anything.
      if (scorer.score(value, span) < scorer.threshold) continue;
      const sentence = toneText(value, span);
      const { rude, cues } = scoreTone(builtinToneModel(), sentence);
      if (!rude) continue;
      const words = cues.map((c) => cueText(value, sentence, c.index, c.length));
      report({
        start: span.start,
        end: span.end,
        message:
          words.length > 0
            ? { zh: '语气生硬：{cuesZh}', en: 'Harsh tone: {cuesEn}' }
            : { zh: '语气生硬', en: 'Harsh tone' },
        args: {
          cuesZh: words.map((w) => `“${w}”`).join('、'),
          cuesEn: words.map((w) => `"${w}"`).join(', '),
        },
      });
    }
  },
});
