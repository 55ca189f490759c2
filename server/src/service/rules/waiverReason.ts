import { renameWaiverRuleFixes } from '../edit/waiverRename';
import { parseWaivers, type Waiver } from '../waivers/parseWaivers';
import { RULE_IDS } from './index';
import { defineRule, type Finding } from './types';
import { nearestName } from './unknownPlaceholder';

/** The source offsets of `name` among the rule ids of a waiver comment (before its reason). */
function nameSpan(text: string, w: Waiver, name: string): [number, number] {
  const comment = text.slice(w.start, w.end);
  const at = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).exec(comment)?.index;
  return at === undefined ? [w.start, w.end] : [w.start + at, w.start + at + name.length];
}

const isRuleId = (name: string) => (RULE_IDS as readonly string[]).includes(name);

/** Whether a waiver names a rule that does not exist: this rule says so, in place of unused-waiver. */
export function namesUnknownRule(w: Waiver): boolean {
  return !w.rules.every(isRuleId);
}

/**
 * A rule id that no rule has: the waiver silences nothing while the writer thinks it does.
 * With a rule id near it, the fix writes that id.
 */
function unknownRules(text: string, w: Waiver): Finding[] {
  return w.rules
    .filter((name) => !isRuleId(name))
    .map((name) => {
      const [start, end] = nameSpan(text, w, name);
      const near = nearestName(name, RULE_IDS);
      const found = end - start === name.length;
      return {
        start,
        end,
        message: near
          ? {
              zh: '没有名为“{name}”的规则：是否想写“{near}”？',
              en: 'No rule is called "{name}"; did you mean "{near}"?',
            }
          : { zh: '没有名为“{name}”的规则', en: 'No rule is called "{name}"' },
        args: { name, ...(near ? { near } : {}) },
        ...(near && found ? { data: { replacements: [near], replaceRange: [start, end] as [number, number] } } : {}),
      };
    });
}

/** A waiver must say why it was granted, after `--`, and name rules that exist. */
export const waiverReason = defineRule({
  id: 'waiver-reason',
  defaultSeverity: 'warning',
  description: {
    zh: '每个 huashu-disable 豁免注释都要在 -- 后写明原因，方便审核；所写的规则名必须存在。',
    en: 'Every huashu-disable waiver comment says why after --, so reviewers can judge it, and names rules that exist.',
  },
  check({ model, report }) {
    for (const w of parseWaivers(model)) {
      for (const finding of unknownRules(model.text, w)) report(finding);
      if (w.kind === 'enable' || w.reason !== undefined) continue;
      report({
        start: w.start,
        end: w.end,
        message: {
          zh: '豁免没有写原因：请在 -- 后说明为什么允许，例如“# huashu-disable-next-line forbidden-phrase -- 引用客户原话”',
          en: 'The waiver gives no reason: say why after --, e.g. "# huashu-disable-next-line forbidden-phrase -- quoting the customer"',
        },
      });
    }
  },
  fixes: renameWaiverRuleFixes,
});
