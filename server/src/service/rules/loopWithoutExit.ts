import { closedLoops } from '../flow/analysis';
import { buildFlow } from '../flow/buildFlow';
import { turnHead } from '../flow/turnParts';
import { defineRule } from './types';

/** A loop of turns always has a way out: a branch, next or end that leaves it. */
export const loopWithoutExit = defineRule({
  id: 'loop-without-exit',
  defaultSeverity: 'error',
  description: {
    zh: '轮次构成的循环必须有出口：至少一个分支、next 或 end 离开循环。',
    en: 'A loop of turns must have a way out: a branch, next or end that leaves it.',
  },
  check({ model, report }) {
    const graph = buildFlow(model);
    for (const loop of closedLoops(graph)) {
      const members = new Set(loop);
      // The finding stands on the edge that goes back: the last written edge inside the loop.
      const back = graph.edges
        .filter((e) => members.has(e.from) && members.has(e.to) && e.start !== undefined)
        .reduce<(typeof graph.edges)[number] | undefined>(
          (last, e) => (!last || e.start! > last.start! ? e : last),
          undefined,
        );
      const last = graph.nodes[loop[loop.length - 1]!]!;
      const [start, end] =
        back?.start !== undefined && back.end !== undefined
          ? [back.start, back.end]
          : last.turn !== undefined
            ? turnHead(model.turns[last.turn]!)
            : [last.selectStart, last.selectEnd];
      report({
        start,
        end,
        message: {
          zh: '这些轮次构成死循环，没有出口：{turns}。请加一个离开循环的分支或 end',
          en: 'These turns loop with no way out: {turns}. Add a branch or an end that leaves the loop',
        },
        args: { turns: loop.map((v) => graph.nodes[v]!.key).join(', ') },
      });
    }
  },
});
