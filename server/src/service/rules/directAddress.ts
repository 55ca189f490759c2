import directAddressData from '../../../data/rules/direct-address.yaml';
import { foldedOf } from './stringCache';
import { defineRule } from './types';
import { alternation, loadWordLists } from './wordLists';

const LISTS = loadWordLists('server/data/rules/direct-address.yaml', directAddressData, ['callouts', 'words']);

/** Whitespace and punctuation, but not the braces of a placeholder. */
const GAP = '(?:(?![{}])[\\s\\p{P}\\p{S}])*';

/**
 * The opening of a line: leading whitespace and punctuation (group 1), then a word that only
 * starts with a call-out (group 2) or a run of call-outs such as 喂喂 (group 3), then the
 * whitespace and punctuation after it (group 4).
 */
const OPENING = new RegExp(
  `^(${GAP})(?:(${alternation(LISTS.words)})|((?:${alternation(LISTS.callouts)})+))(${GAP})`,
  'u',
);

/** A quotation mark before the call-out: the agent quotes someone (“喂，有人吗？”客户问). */
const OPENING_QUOTE = /[“「『‘"]/;

/** A first clause that already greets the customer (您好, {customer}您好): the fix only removes the call-out. */
const GREETING = /^[^，,。！？!?；;]*?(?:您好|你好|早上好|上午好|中午好|下午好|晚上好)/;

/** What replaces the call-out and the punctuation after it, given the rest of the line. */
function fixFor(rest: string): string {
  if (rest.trim() === '') return '您好';
  return GREETING.test(rest) ? '' : '您好，';
}

/** An agent line that opens by calling out to the customer with 喂 or 嘿 (seed 002: 对顾客直呼). */
export const directAddress = defineRule({
  id: 'direct-address',
  defaultSeverity: 'warning',
  description: {
    zh: '客服的话不要以“喂”“嘿”开头直呼客户，请用“您好”。',
    en: 'Agent speech must not open by calling out to the customer with 喂 or 嘿; say 您好.',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    const { value } = speech.text;
    const folded = foldedOf(speech.text, phrasebook);
    const m = OPENING.exec(folded);
    if (!m || m[3] === undefined || OPENING_QUOTE.test(m[1]!)) return;
    const start = m[1]!.length;
    const end = start + m[3].length;
    const fixEnd = end + m[4]!.length;
    const rest = folded.slice(fixEnd);
    report({
      start,
      end,
      message: {
        zh: '不要用“{word}”直呼客户，请以“您好”开头',
        en: 'Do not call out to the customer with "{word}": open with 您好',
      },
      args: { word: value.slice(start, end) },
      data: { replacements: [fixFor(rest)], replaceRange: [start, fixEnd] },
    });
  },
});
