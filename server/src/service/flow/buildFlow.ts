import { isMap, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { FlowEnding, FlowEdge, FlowEdgeKind, FlowEntry, FlowGraph, FlowNode } from './types';
import type { ScriptModel, Turn } from '../parse/scriptModel';
import { DEFAULT_SPEAKING, speakingSeconds, type SpeakingOptions } from './speakingTime';
import { hasFlowKey, speakerPair, valueText } from './turnParts';
import { isSpaceUnit } from '../text/codeUnits';

const cache = new WeakMap<ScriptModel, FlowGraph>();

/**
 * The call as a graph: a node per turn plus the greeting, the closing and the endings it uses;
 * edges for the order of `steps`, `next`, `branches`, `otherwise` and `end`; an entry for the
 * main flow and one per scenario. Linear in turns and edges. Never throws on half-typed text:
 * a target that names no turn makes no edge (`dangling-next` reports it), and a turn whose flow
 * keys make no edge at all goes on to the following turn, as it did before it had them.
 * With default speaking options the graph is built once per model.
 */
export function buildFlow(model: ScriptModel, speaking: SpeakingOptions = DEFAULT_SPEAKING): FlowGraph {
  const cached = speaking === DEFAULT_SPEAKING ? cache.get(model) : undefined;
  if (cached) return cached;
  const graph = new FlowBuilder(model, speaking).build();
  if (speaking === DEFAULT_SPEAKING) cache.set(model, graph);
  return graph;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let to = end;
  while (to > start && isSpaceUnit(text.charCodeAt(to - 1))) to--;
  return to;
}

class FlowBuilder {
  private readonly nodes: FlowNode[] = [];
  private readonly edges: FlowEdge[] = [];
  private readonly entries: FlowEntry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly turnNode = new Map<Turn, number>();
  private readonly turnIndex = new Map<Turn, number>();
  private readonly keys = new Set<string>(['greeting', 'closing', 'end:transfer', 'end:hangup']);
  private readonly endings = new Map<FlowEnding, number>();
  private closingNode = -1;

  constructor(
    private readonly model: ScriptModel,
    private readonly speaking: SpeakingOptions,
  ) {}

  build(): FlowGraph {
    const { model } = this;
    const greeting = this.section('greeting');
    this.closingNode = this.section('closing') ?? this.sectionless();
    model.turns.forEach((turn, i) => this.turnIndex.set(turn, i));
    const lists = this.lists();
    for (const list of lists) list.turns.forEach((turn, i) => this.addTurn(turn, list.group, i));
    for (const turn of model.turns) {
      const from = this.turnNode.get(turn)!;
      if (turn.id && !this.byId.has(String(turn.id.value))) this.byId.set(String(turn.id.value), from);
    }
    const situations = new Map<string, Scalar>();
    for (const scenario of model.scenarios) if (scenario.when) situations.set(scenario.name, scenario.when);
    for (const list of lists) this.connect(list, situations);
    const steps = lists.find((list) => list.scenario === undefined)?.turns ?? [];
    const firstStep = steps[0] ? this.turnNode.get(steps[0])! : undefined;
    if (greeting !== undefined) this.edge(greeting, firstStep ?? this.closingNode, 'sequence');
    this.entries.unshift({ name: 'main', node: greeting ?? firstStep ?? this.closingNode });
    return { nodes: this.nodes, edges: this.edges, entries: this.entries };
  }

  /** The turns of `steps` and of each scenario, in source order. */
  private lists(): TurnList[] {
    const lists = new Map<string, TurnList>();
    for (const turn of this.model.turns) {
      const scenario = turn.section === 'steps' ? undefined : (turn.scenario ?? '');
      const name = scenario === undefined ? 'steps' : `scenarios.${scenario}`;
      let list = lists.get(name);
      if (!list) lists.set(name, (list = { group: scenario ?? 'steps', scenario, turns: [] }));
      list.turns.push(turn);
    }
    return [...lists.values()];
  }

  /** Adds `node`, made with `index: this.nodes.length` as its first property. */
  private push(node: FlowNode): number {
    this.nodes.push(node);
    return node.index;
  }

  /** The greeting or closing node, when the script has that section. */
  private section(name: 'greeting' | 'closing'): number | undefined {
    const pair = this.model.keys.get(name);
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    const first = isSeq(value) ? (value.items[0] as Node | undefined) : value;
    const firstText = valueText(this.model, isMap(first) ? first.get('agent', true) : first);
    const key = pair.key;
    const keyRange: [number, number] = key.range ? [key.range[0], key.range[1]] : this.model.anchor;
    const end = value?.range ? trimmedEnd(this.model.text, keyRange[0], value.range[1]) : keyRange[1];
    return this.push({
      index: this.nodes.length,
      key: name,
      kind: name,
      group: name,
      speaker: 'agent',
      text: firstText,
      seconds: speakingSeconds(firstText, this.speaking),
      pause: 0,
      ...(name === 'closing' ? { ending: 'closing' as const } : {}),
      start: keyRange[0],
      end,
      selectStart: keyRange[0],
      selectEnd: keyRange[1],
    });
  }

  /** A closing node for a script that has no closing yet (closing-required reports it). */
  private sectionless(): number {
    const [start, end] = this.model.anchor;
    return this.push({
      index: this.nodes.length,
      key: 'closing',
      kind: 'closing',
      group: 'closing',
      speaker: 'none',
      text: '',
      seconds: 0,
      pause: 0,
      ending: 'closing',
      start,
      end,
      selectStart: start,
      selectEnd: end,
    });
  }

  private addTurn(turn: Turn, group: string, position: number): void {
    const speaker = speakerPair(turn);
    const text = speaker ? valueText(this.model, speaker.pair.value) : '';
    const range = turn.node.range ?? [0, 0, 0];
    const select = (speaker?.pair.value as Node | null)?.range ?? (speaker?.pair.key as Node | null)?.range ?? range;
    const id = turn.id ? String(turn.id.value) : undefined;
    const key = id !== undefined && !this.keys.has(id) ? id : positional(turn, position);
    this.keys.add(key);
    const index = this.push({
      index: this.nodes.length,
      key,
      kind: 'turn',
      ...(id !== undefined ? { id } : {}),
      group,
      speaker: speaker?.speaker ?? 'none',
      text,
      seconds: speaker?.speaker === 'agent' ? speakingSeconds(text, this.speaking) : 0,
      pause: turn.pause ? turn.pause.value : 0,
      start: range[0],
      end: trimmedEnd(this.model.text, range[0], range[1]),
      selectStart: select[0],
      selectEnd: trimmedEnd(this.model.text, select[0], select[1]),
      turn: this.turnIndex.get(turn)!,
    });
    this.turnNode.set(turn, index);
  }

  private edge(from: number, to: number, kind: FlowEdgeKind, label?: string, source?: Scalar): void {
    const range = source?.range;
    this.edges.push({
      from,
      to,
      kind,
      ...(label !== undefined ? { label } : {}),
      ...(range ? { start: range[0], end: range[1] } : {}),
    });
  }

  private target(name: Scalar | undefined): number | undefined {
    return name ? this.byId.get(String(name.value)) : undefined;
  }

  private ending(kind: FlowEnding, source: Scalar): number {
    if (kind === 'closing') return this.closingNode;
    let index = this.endings.get(kind);
    if (index === undefined) {
      const range = source.range ?? [0, 0];
      index = this.push({
        index: this.nodes.length,
        key: `end:${kind}`,
        kind: 'ending',
        group: 'end',
        speaker: 'none',
        text: '',
        seconds: 0,
        pause: 0,
        ending: kind,
        start: range[0],
        end: range[1],
        selectStart: range[0],
        selectEnd: range[1],
      });
      this.endings.set(kind, index);
    }
    return index;
  }

  private connect({ scenario, turns }: TurnList, situations: Map<string, Scalar>): void {
    const flowing = turns.some(hasFlowKey);
    turns.forEach((turn, i) => {
      const from = this.turnNode.get(turn)!;
      const before = this.edges.length;
      if (hasFlowKey(turn)) this.flowEdges(from, turn);
      // A turn whose flow keys lead nowhere yet (half-typed, or naming no turn) keeps today's
      // meaning, so that one wrong id does not cut off the rest of the list.
      if (this.edges.length > before) return;
      const following = turns[i + 1];
      if (following) this.edge(from, this.turnNode.get(following)!, 'sequence');
      else if (scenario === undefined || !flowing) this.edge(from, this.closingNode, 'sequence');
    });
    if (scenario !== undefined && turns[0]) {
      const when = situations.get(scenario);
      const situation = when ? valueText(this.model, when) : undefined;
      this.entries.push({ name: scenario, ...(situation ? { situation } : {}), node: this.turnNode.get(turns[0])! });
    }
  }

  /** The edges a turn's flow keys make: next, each branch, otherwise, end. */
  private flowEdges(from: number, turn: Turn): void {
    const next = this.target(turn.next);
    if (next !== undefined) this.edge(from, next, 'next', undefined, turn.next);
    for (const branch of turn.branches ?? []) {
      const to = this.target(branch.next);
      if (to !== undefined)
        this.edge(from, to, 'branch', branch.answer ? valueText(this.model, branch.answer) : '', branch.next);
    }
    const otherwise = this.target(turn.otherwise);
    if (otherwise !== undefined) this.edge(from, otherwise, 'otherwise', 'otherwise', turn.otherwise);
    if (turn.end) this.edge(from, this.ending(turn.end.value, turn.end), 'end', undefined, turn.end);
  }
}

interface TurnList {
  group: string;
  /** The scenario's name; undefined for `steps`. */
  scenario: string | undefined;
  turns: Turn[];
}

function positional(turn: Turn, position: number): string {
  return turn.section === 'steps' ? `steps[${position}]` : `scenarios.${turn.scenario ?? ''}[${position}]`;
}
