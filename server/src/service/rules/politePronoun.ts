import pronounData from '../../../data/rules/polite-pronoun.yaml';
import { forbiddenMatchesOf } from './forbiddenPhrase';
import { quotedSpans, spanCursor } from './quotedSpans';
import { foldedOf } from './stringCache';
import { defineRule } from './types';
import { alternation, loadWordLists } from './wordLists';

const LISTS = loadWordLists('server/data/rules/polite-pronoun.yaml', pronounData, ['plural', 'words']);

/** 你 (and 妳) with the words in which it is not the customer; group 1 is a bare 你. */
const PRONOUN = new RegExp(`${alternation([...LISTS.plural, ...LISTS.words])}|(你)`, 'g');

/** The customer is 您 in agent speech, never 你 (seeds 000 and 002). */
export const politePronoun = defineRule({
  id: 'polite-pronoun',
  defaultSeverity: 'warning',
  description: {
    zh: '客服对客户要称“您”，不称“你”（引述别人的话、你们、迷你等词除外）。',
    en: 'Agent speech addresses the customer as 您, never 你 (quoted speech, 你们 and words such as 迷你 aside).',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    const { value } = speech.text;
    if (!/[你妳]/.test(value)) return;
    const folded = foldedOf(speech.text, phrasebook).replace(/妳/g, '你');
    const quoted = spanCursor(quotedSpans(folded));
    const forbidden = spanCursor(
      forbiddenMatchesOf(speech.text, phrasebook).map((m): [number, number] => [m.start, m.end]),
    );
    for (const m of folded.matchAll(PRONOUN)) {
      if (m[1] === undefined) continue;
      const at = m.index!;
      if (quoted(at) || forbidden(at)) continue;
      report({
        start: at,
        end: at + 1,
        message: { zh: '对客户请称“您”，不要称“{pronoun}”', en: 'Address the customer as 您, not {pronoun}' },
        args: { pronoun: value[at]! },
        data: { replacements: ['您'] },
      });
    }
  },
});
