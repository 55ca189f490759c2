import { defineRule } from './types';
import { nearestName } from './unknownPlaceholder';

/**
 * A placeholder written almost right: braces of either width, one or two of them, spaces of
 * either width inside. Group 1 is the opening braces, 2 the name, 3 the closing braces.
 */
const NEAR_PLACEHOLDER = /([{｛]{1,2})[\s\u3000]*([A-Za-z0-9_Ａ-Ｚａ-ｚ０-９＿]+)[\s\u3000]*([}｝]{1,2})/g;

/** Full-width ASCII letters, digits and `＿` to their half-width forms. */
const halfWidth = (text: string): string =>
  text.replace(/[Ａ-Ｚａ-ｚ０-９＿]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** `{ agent_id }`, `｛agent_id｝`, `{{agent_id}}`: a placeholder that is not filled in as written. */
export const malformedPlaceholder = defineRule({
  id: 'malformed-placeholder',
  defaultSeverity: 'warning',
  description: {
    zh: '占位符要写成半角花括号、中间没有空格的 {name}，不要写成 { agent_id }、｛agent_id｝或 {{agent_id}}。',
    en: 'Write a placeholder as {name}, with ASCII braces and no spaces: not { agent_id }, ｛agent_id｝ or {{agent_id}}.',
  },
  speechRoles: ['agent', 'customer'],
  checkSpeech(speech, phrasebook, report) {
    const { value } = speech.text;
    if (!/[{｛]/.test(value)) return;
    const { placeholders, placeholderAliases } = phrasebook.book;
    for (const m of value.matchAll(NEAR_PLACEHOLDER)) {
      const written = m[0];
      const name = halfWidth(m[2]!);
      if (written === `{${name}}`) continue;
      const at = m.index!;
      const known = placeholders.has(name) || placeholderAliases.has(name);
      const fixed = known ? name : (nearestName(name, phrasebook.placeholderNames) ?? name);
      report({
        start: at,
        end: at + written.length,
        message: {
          zh: '占位符写法有误：“{written}”不会被替换，请写成 {fixed}',
          en: 'Malformed placeholder "{written}": it is not filled in; write {fixed}',
        },
        args: { written, fixed: `{${fixed}}` },
        data: { replacements: [`{${fixed}}`] },
      });
    }
  },
});
