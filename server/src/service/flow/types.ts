/**
 * The call as a flow: the graph that the flow rules, the speaking-time figures, the preview in
 * the editor and the CLI's `graph`/`report` read. Built from a ScriptModel by `buildFlow`.
 * Offsets are into the script's text, like every other range of the service.
 */

/** How a path through the call ends. */
export type FlowEnding = 'closing' | 'transfer' | 'hangup';

export type FlowNodeKind =
  /** The greeting section: where the main flow starts. */
  | 'greeting'
  /** A turn of `steps` or of a scenario. */
  | 'turn'
  /** The closing section. */
  | 'closing'
  /** Where a path ends without the closing: a transfer or a hang-up. */
  | 'ending';

export interface FlowNode {
  /** Index in FlowGraph.nodes. */
  index: number;
  /** Stable key: the turn's id, else `steps[3]` / `scenarios.silent-call[0]`; `greeting`, `closing`, `end:transfer`, `end:hangup`. */
  key: string;
  kind: FlowNodeKind;
  /** The turn's `id:` value when it has one. */
  id?: string;
  /** Which list the node stands in: `steps`, a scenario's name, or the section name. */
  group: string;
  speaker: 'agent' | 'customer' | 'none';
  /** What is said (agent or customer text; the first variant for greeting/closing), as parsed. */
  text: string;
  /** Seconds the agent needs to say it aloud (0 for customer turns and endings). */
  seconds: number;
  /** Seconds of pause this turn asks for (`pause:`), 0 when none. */
  pause: number;
  /** The path ends here: a closing, a transfer or a hang-up. */
  ending?: FlowEnding;
  /** Source range of the whole turn (the mapping or the section's value). */
  start: number;
  end: number;
  /** Source range to select when revealing the node (its `agent:`/`customer:` value, or the section key). */
  selectStart: number;
  selectEnd: number;
  /** Index in ScriptModel.turns, for turn nodes. */
  turn?: number;
}

export type FlowEdgeKind =
  /** The next turn in the same list, or from the last step to the closing. */
  | 'sequence'
  /** An explicit `next:`. */
  | 'next'
  /** A branch on the customer's answer; `label` is the answer. */
  | 'branch'
  /** The branch taken when no answer matches. */
  | 'otherwise'
  /** A turn's `end:` that leads to the closing or an ending node. */
  | 'end';

export interface FlowEdge {
  from: number;
  to: number;
  kind: FlowEdgeKind;
  /** The customer's answer for a branch, or 'otherwise'. */
  label?: string;
  /** Source range of what made the edge (the `next:`/branch value), when written. */
  start?: number;
  end?: number;
}

/** Where the call can start: the main flow (at the greeting) or a scenario. */
export interface FlowEntry {
  /** `main`, or the scenario's name. */
  name: string;
  /** The situation the scenario starts from (its `when:`), when written. */
  situation?: string;
  node: number;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  entries: FlowEntry[];
}

/** Shortest and longest path from an entry to an ending, in seconds with pauses. */
export interface FlowTiming {
  entry: string;
  shortest: number;
  longest: number;
  /** Reading speed used, in characters a minute. */
  charsPerMinute: number;
}
