import { foldedOf } from './stringCache';
import { defineRule } from './types';

/**
 * Seed-style blanks: runs of `*`, `×` or `x` (any width), or a single one right before
 * 号 or a form of address, with the digits of a partly masked number around them
 * (`8848××号`), so that the whole number is replaced. Group 1 is the blank, group 2 what follows it.
 */
const BLANK =
  /(?<![a-z0-9*×])(\d*(?:(?:\*{2,}|×{2,}|x{2,})\d*|[*×x](?=号|先生|女士|小姐|老板)))(?![a-z0-9*×])(号|先生(?:[/(（]?(?:或)?女士[)）]?)?|女士|小姐(?:[/(（]?先生[)）]?)?|老板)?/g;

/** A cheap test that skips lines without any blank character. */
const MAY_HAVE_BLANK = /[*×xXｘＸ＊]/;

/** A blank like `**号` or `XX先生` where a `{placeholder}` belongs. */
export const legacyPlaceholder = defineRule({
  id: 'legacy-placeholder',
  defaultSeverity: 'warning',
  description: {
    zh: '不要用 **号、××、XX先生 之类的空白，请用 {agent_id}、{customer} 等占位符。',
    en: 'Use placeholders such as {agent_id} and {customer} instead of blanks like **号, ×× or XX先生.',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    if (!MAY_HAVE_BLANK.test(speech.text.value)) return;
    const { value } = speech.text;
    const folded = foldedOf(speech.text, phrasebook);
    for (const m of folded.matchAll(BLANK)) {
      const at = m.index!;
      const blank = m[1]!;
      const after = m[2] ?? '';
      const before = folded.slice(Math.max(0, at - 2), at);
      let placeholder: string | undefined;
      let fixEnd = at + blank.length;
      if (after === '号' || before === '工号') placeholder = '{agent_id}';
      else if (after !== '') {
        placeholder = '{customer}';
        fixEnd = at + blank.length + after.length;
      }
      const shown = value.slice(at, at + blank.length + after.length);
      report({
        start: at,
        end: at + blank.length + after.length,
        message: placeholder
          ? {
              zh: '空白“{blank}”：请改用占位符 {placeholder}',
              en: 'Blank "{blank}": use the {placeholder} placeholder',
            }
          : {
              zh: '空白“{blank}”：请改用命名的占位符，如 {customer}',
              en: 'Blank "{blank}": use a named placeholder such as {customer}',
            },
        args: { blank: shown, ...(placeholder ? { placeholder } : {}) },
        ...(placeholder
          ? { data: { replacements: [placeholder], replaceRange: [at, fixEnd] as [number, number] } }
          : {}),
      });
    }
  },
});
