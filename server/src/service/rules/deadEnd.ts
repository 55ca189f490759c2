import { isScalar } from 'yaml';
import { adjacency } from '../flow/analysis';
import { buildFlow } from '../flow/buildFlow';
import { turnHead } from '../flow/turnParts';
import { turnFixes } from '../edit/turnFixes';
import type { Turn } from '../parse/scriptModel';
import { defineRule } from './types';

/** A turn that names where the call goes, even where the name is wrong (dangling-next or schema reports that). */
const namesATarget = (turn: Turn) =>
  turn.node.items.some(
    (pair) =>
      isScalar(pair.key) && (pair.key.value === 'next' || pair.key.value === 'otherwise' || pair.key.value === 'end'),
  ) || (turn.branches ?? []).some((b) => b.next);

/** Every path of the call ends with the closing, a transfer or a hang-up. */
export const deadEnd = defineRule({
  id: 'dead-end',
  defaultSeverity: 'error',
  description: {
    zh: '通话的每条路径都应以结束语、转接或挂机结束。',
    en: 'Every path of the call must end with the closing, a transfer or a hang-up.',
  },
  check({ model, report }) {
    const graph = buildFlow(model);
    const { offsets } = adjacency(graph);
    for (const node of graph.nodes) {
      if (node.kind !== 'turn' || node.turn === undefined || offsets[node.index + 1]! > offsets[node.index]!) continue;
      const turn = model.turns[node.turn]!;
      if (namesATarget(turn)) continue;
      const [start, end] = turnHead(turn);
      report({
        start,
        end,
        message: {
          zh: '通话在这里中断：这个轮次之后既没有 next，也没有 end（结束语、转接或挂机）',
          en: 'The call stops here: this turn has no next and no end (closing, transfer or hangup) after it',
        },
      });
    }
  },
  fixes(diagnostic, context, first) {
    return turnFixes(
      diagnostic,
      context,
      [
        { key: 'end', value: 'closing' },
        { key: 'end', value: 'hangup' },
      ],
      first,
    );
  },
});
