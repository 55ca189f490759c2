import { turnFixes } from '../edit/turnFixes';
import { turnAt } from '../edit/turnKeyEdit';
import { defineRule } from './types';

/** A turn that branches on the customer's answer says where any other answer goes. */
export const branchWithoutFallback = defineRule({
  id: 'branch-without-fallback',
  defaultSeverity: 'warning',
  description: {
    zh: '按客户回答分支的轮次应写明其他回答的去向（otherwise、next 或 end）。',
    en: "A turn that branches on the customer's answer must say where any other answer goes (otherwise, next or end).",
  },
  check({ model, report }) {
    for (const turn of model.turns) {
      const key = turn.branchesKey;
      if (!key?.range || !(turn.branches ?? []).some((b) => b.answer || b.next)) continue;
      const has = (name: string) =>
        turn.node.items.some((pair) => (pair.key as { value?: unknown } | null)?.value === name);
      if (has('otherwise') || has('next') || has('end')) continue;
      report({
        start: key.range[0],
        end: key.range[1],
        message: {
          zh: '客户的回答不在分支之内时无处可去：请加上 otherwise（例如再问一次）',
          en: 'No branch for any other answer: add otherwise (for instance, ask again)',
        },
      });
    }
  },
  fixes(diagnostic, context, first) {
    const { model } = context;
    const turn = turnAt(model, model.positions.offset(diagnostic.range.start));
    const self = turn?.id ? String(turn.id.value) : undefined;
    return turnFixes(
      diagnostic,
      context,
      [...(self !== undefined ? [{ key: 'otherwise', value: self }] : []), { key: 'end', value: 'closing' }],
      first,
    );
  },
});
