import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/service/flow/buildFlow';
import type { FlowGraph } from '../../src/service/flow/types';
import { parseScript } from '../../src/service/parse/scriptModel';
import { script } from '../util';

/** `from -kind[label]-> to` by node keys, in edge order. */
function edges(graph: FlowGraph): string[] {
  return graph.edges.map((e) => {
    const label = e.label !== undefined && e.kind === 'branch' ? `[${e.label}]` : '';
    return `${graph.nodes[e.from]!.key} -${e.kind}${label}-> ${graph.nodes[e.to]!.key}`;
  });
}

const flow = (text: string) => buildFlow(parseScript(text));

describe('buildFlow', () => {
  it('reads an old-format script as greeting, steps in order, closing; scenarios go on to the closing', () => {
    const graph = flow(
      script(
        '  - id: ask\n    agent: 请问有什么可以帮您？\n  - customer: 查订单',
        'scenarios:\n  silent:\n    - agent: 您好，请讲！\n    - agent: 听不到',
      ),
    );
    expect(edges(graph)).toEqual([
      'ask -sequence-> steps[1]',
      'steps[1] -sequence-> closing',
      'scenarios.silent[0] -sequence-> scenarios.silent[1]',
      'scenarios.silent[1] -sequence-> closing',
      'greeting -sequence-> ask',
    ]);
    expect(graph.entries.map((e) => `${e.name}:${graph.nodes[e.node]!.key}`)).toEqual([
      'main:greeting',
      'silent:scenarios.silent[0]',
    ]);
    const ask = graph.nodes.find((n) => n.key === 'ask')!;
    expect(ask).toMatchObject({
      kind: 'turn',
      id: 'ask',
      group: 'steps',
      speaker: 'agent',
      text: '请问有什么可以帮您？',
      turn: 0,
    });
    expect(ask.seconds).toBeGreaterThan(2);
    expect(graph.nodes.find((n) => n.key === 'steps[1]')).toMatchObject({ speaker: 'customer', seconds: 0 });
  });

  it('makes an edge of every kind: next, branch with its answer, otherwise, end to the closing and to endings', () => {
    const graph = flow(
      script(
        [
          '  - id: ask',
          '    agent: 您对这次服务满意吗？',
          '    pause: 3',
          '    branches:',
          '      - answer: 满意',
          '        next: score',
          '      - answer: 不满意',
          '        next: sorry',
          '    otherwise: ask',
          '  - id: score',
          '    agent: 请您打分。',
          '    end: closing',
          '  - id: sorry',
          '    agent: 非常抱歉。',
          '    end: transfer',
          '  - id: bye',
          '    agent: 再见。',
          '    next: ask',
          '  - agent: 稍后回电。',
          '    end: hangup',
        ].join('\n'),
      ),
    );
    expect(edges(graph)).toEqual([
      'ask -branch[满意]-> score',
      'ask -branch[不满意]-> sorry',
      'ask -otherwise-> ask',
      'score -end-> closing',
      'sorry -end-> end:transfer',
      'bye -next-> ask',
      'steps[4] -end-> end:hangup',
      'greeting -sequence-> ask',
    ]);
    expect(graph.nodes.find((n) => n.key === 'ask')!.pause).toBe(3);
    expect(graph.nodes.find((n) => n.key === 'end:transfer')).toMatchObject({ kind: 'ending', ending: 'transfer' });
    const text = graph.nodes.find((n) => n.key === 'closing')!;
    expect(text).toMatchObject({ kind: 'closing', ending: 'closing', text: '感谢您的来电，再见！' });
  });

  it('gives a scenario its situation and ends a flowing scenario only where it says', () => {
    const graph = flow(
      script(
        '  - agent: 好的。',
        'scenarios:\n  busy:\n    when: 客户正忙\n    turns:\n      - id: later\n        agent: 我稍后再给您回电。\n        end: hangup\n      - agent: 打扰了\n',
      ),
    );
    expect(graph.entries[1]).toMatchObject({ name: 'busy', situation: '客户正忙' });
    expect(edges(graph)).toContain('later -end-> end:hangup');
    expect(edges(graph).filter((e) => e.startsWith('scenarios.busy[1]'))).toEqual([]);
  });

  it('records source ranges: the node spans the turn, selects its speech; edges point at their value', () => {
    const text = script('  - id: a\n    agent: 您好\n    next: b\n  - id: b\n    agent: 再见');
    const graph = flow(text);
    const a = graph.nodes.find((n) => n.key === 'a')!;
    expect(text.slice(a.start, a.end)).toBe('id: a\n    agent: 您好\n    next: b');
    expect(text.slice(a.selectStart, a.selectEnd)).toBe('您好');
    const next = graph.edges.find((e) => e.kind === 'next')!;
    expect(text.slice(next.start, next.end)).toBe('b');
  });

  it('never throws on half-typed flow keys', () => {
    for (const tail of [
      '    branches:',
      '    branches:\n      - answer:',
      '    branches:\n      -',
      '    otherwise:',
      '    end:',
      '    pause:',
      '    branches: [',
      '    end: clo',
    ]) {
      const text = script(`  - id: a\n    agent: 您好\n${tail}`);
      expect(() => flow(text)).not.toThrow();
    }
  });

  it('keeps the samples as they were: every old sample is one path from the greeting to the closing', () => {
    for (const name of ['hotline', 'complaint', 'repair', 'chat']) {
      const graph = flow(readFileSync(`samples/${name}.script.yaml`, 'utf8'));
      const out = new Map<number, number>();
      for (const e of graph.edges) out.set(e.from, (out.get(e.from) ?? 0) + 1);
      for (const node of graph.nodes)
        if (node.kind === 'turn' || node.kind === 'greeting') expect(out.get(node.index)).toBe(1);
    }
  });
});
