import { findAgentNumbers, maySpeakNumber } from './agentNumber';
import { foldedOf } from './stringCache';
import { defineRule } from './types';

const ROLE = '(?:话务员|客服代表|客服专员|客户代表|服务代表|坐席|座席|接线员|专员)';
/**
 * Contexts that make a number an agent's number; group 1 is the number. A number with a
 * blank beside it (`8848××`) is a partly masked one: `legacy-placeholder` replaces it whole.
 */
const PATTERNS = [
  /工号\s*(?:是|为|:)?\s*(?<![\d*×x])(\d{2,8})(?![\d*×x])/g,
  /我是\s*(?<![\d*×x])(\d{2,8})(?![\d*×x])\s*号(?!码)/g,
  new RegExp(`(?<![\\d*×x])(\\d{2,8})\\s*号\\s*(?:${ROLE}|客服|为您服务)`, 'g'),
  new RegExp(
    `${ROLE}\\s*(?:是|为)?\\s*(?<![\\d*×x])(\\d{3,8})(?![\\d*×x])(?!\\s*(?:热线|电话|分钟|秒|元|小时|天))`,
    'g',
  ),
];

const HAS_DIGIT = /[0-9０-９]/;
/** A blank beside a number makes it partly masked (`8848××`): `legacy-placeholder` replaces it whole. */
const MASKED_AFTER = /[*×x]/;
const MASKED_BEFORE = /[*×]/;

/** A literal agent number in agent speech, where `{agent_id}` belongs. */
export const hardcodedAgentId = defineRule({
  id: 'hardcoded-agent-id',
  defaultSeverity: 'error',
  description: {
    zh: '客服的话里不得写死工号，请用 {agent_id}。',
    en: 'Agent speech must not hard-code an agent number; use {agent_id}.',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    if (!HAS_DIGIT.test(speech.text.value) && !maySpeakNumber(speech.text.value)) return;
    const folded = foldedOf(speech.text, phrasebook);
    const seen = new Set<number>();
    const digitMatches = PATTERNS.map((pattern) =>
      [...folded.matchAll(pattern)].map((m): [number, number] => {
        const at = m.index! + m[0].lastIndexOf(m[1]!);
        return [at, at + m[1]!.length];
      }),
    );
    for (const spans of [...digitMatches, findAgentNumbers(folded)]) {
      for (const [at, end] of spans) {
        const digits = folded.slice(at, end);
        if (seen.has(at) || MASKED_AFTER.test(folded[end] ?? '') || MASKED_BEFORE.test(folded[at - 1] ?? '')) continue;
        seen.add(at);
        report({
          start: at,
          end: at + digits.length,
          message: {
            zh: '写死的工号“{number}”：请改用占位符 {agent_id}',
            en: 'Hard-coded agent number "{number}": use the {agent_id} placeholder',
          },
          args: { number: speech.text.value.slice(at, at + digits.length) },
          data: { replacements: ['{agent_id}'] },
        });
      }
    }
  },
});
