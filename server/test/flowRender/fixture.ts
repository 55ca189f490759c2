import type { FlowGraph, FlowNode } from '../../src/service/flow/types';
import type { FlowPicture } from '../../src/service/flow/render';

/** Text a hostile or careless writer could put in a script: quotes, markup, breaks, DOT and Mermaid syntax. */
export const NASTY = 'say "hi" <b>&amp;</b>\\n #1 | `x` [a] {b};\nnext line';

const node = (index: number, fields: Partial<FlowNode> & Pick<FlowNode, 'key' | 'kind'>): FlowNode => ({
  index,
  group: 'steps',
  speaker: 'agent',
  text: '',
  seconds: 0,
  pause: 0,
  start: index * 100,
  end: index * 100 + 50,
  selectStart: index * 100 + 5,
  selectEnd: index * 100 + 20,
  ...fields,
});

/**
 * A hand-made flow: greeting → ask (agent, with NASTY text) → answer (customer) which branches
 * on "满意" to the closing, on a NASTY answer to a hang-up, otherwise to a transfer; a scenario
 * `silent-call` starts at its own turn, which goes to the closing.
 */
export const GRAPH: FlowGraph = {
  nodes: [
    node(0, {
      key: 'greeting',
      kind: 'greeting',
      group: 'greeting',
      text: '您好，{brand}，工号{agent_id}为您服务，请问有什么可以帮您？',
      seconds: 7.2,
    }),
    node(1, { key: 'ask', id: 'ask', kind: 'turn', text: NASTY, seconds: 4 }),
    node(2, { key: 'steps[2]', kind: 'turn', speaker: 'customer', text: '满意' }),
    node(3, {
      key: 'closing',
      kind: 'closing',
      group: 'closing',
      text: '感谢您的来电，再见！',
      seconds: 2.5,
      ending: 'closing',
    }),
    node(4, { key: 'end:hangup', kind: 'ending', group: 'steps', speaker: 'none', ending: 'hangup', start: 0, end: 0 }),
    node(5, {
      key: 'end:transfer',
      kind: 'ending',
      group: 'steps',
      speaker: 'none',
      ending: 'transfer',
      start: 0,
      end: 0,
    }),
    node(6, {
      key: 'scenarios.silent-call[0]',
      kind: 'turn',
      group: 'silent-call',
      text: '您好，您的电话已接通，请讲！',
      seconds: 3,
      pause: 2,
    }),
  ],
  edges: [
    { from: 0, to: 1, kind: 'sequence' },
    { from: 1, to: 2, kind: 'next' },
    { from: 2, to: 3, kind: 'branch', label: '满意' },
    { from: 2, to: 4, kind: 'branch', label: NASTY },
    { from: 2, to: 5, kind: 'otherwise', label: 'otherwise' },
    { from: 6, to: 3, kind: 'end' },
  ],
  entries: [
    { name: 'main', node: 0 },
    { name: 'silent-call', situation: '客户"不说话" <静音>', node: 6 },
  ],
};

/** GRAPH with two findings in `ask` (worst: error) and a warning in the closing. */
export const PICTURE: FlowPicture = {
  graph: GRAPH,
  timing: [{ entry: 'main', shortest: 13.7, longest: 21, charsPerMinute: 190 }],
  findings: GRAPH.nodes.map((n) =>
    n.index === 1 ? { count: 2, worst: 1 } : n.index === 3 ? { count: 1, worst: 2 } : { count: 0 },
  ),
};
