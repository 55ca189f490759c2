import { reachable } from '../flow/analysis';
import { buildFlow } from '../flow/buildFlow';
import { turnHead } from '../flow/turnParts';
import { defineRule } from './types';

/** Every turn can be reached from the greeting or the start of a scenario. */
export const unreachableTurn = defineRule({
  id: 'unreachable-turn',
  defaultSeverity: 'warning',
  description: {
    zh: '每个轮次都应能从开始语或某个情景的开头走到。',
    en: 'Every turn must be reachable from the greeting or the start of a scenario.',
  },
  check({ model, report }) {
    const graph = buildFlow(model);
    const seen = reachable(graph);
    for (const node of graph.nodes) {
      if (node.kind !== 'turn' || seen[node.index] || node.turn === undefined) continue;
      const [start, end] = turnHead(model.turns[node.turn]!);
      report({
        start,
        end,
        message: {
          zh: '走不到这个轮次：没有任何路径从开始语或情景开头到达这里（检查前面的 next、branches 和 end）',
          en: 'This turn is never reached: no path from the greeting or a scenario leads here (check the next, branches and end before it)',
        },
      });
    }
  },
});
