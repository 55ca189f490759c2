import type { FlowGraph, FlowTiming } from './types';

/** Outgoing edge targets per node, as one flat array (CSR form): linear to build and walk. */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

const adjacencies = new WeakMap<FlowGraph, Adjacency>();

export function adjacency(graph: FlowGraph): Adjacency {
  let adj = adjacencies.get(graph);
  if (adj) return adj;
  const n = graph.nodes.length;
  const offsets = new Int32Array(n + 1);
  for (const e of graph.edges) offsets[e.from + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(graph.edges.length);
  for (const e of graph.edges) targets[fill[e.from]!++] = e.to;
  adjacencies.set(graph, (adj = { offsets, targets }));
  return adj;
}

/** Which nodes a path from some entry reaches. */
export function reachable(graph: FlowGraph): Uint8Array {
  const { offsets, targets } = adjacency(graph);
  const seen = new Uint8Array(graph.nodes.length);
  const stack: number[] = [];
  for (const entry of graph.entries) {
    if (seen[entry.node]) continue;
    seen[entry.node] = 1;
    stack.push(entry.node);
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = targets[i]!;
      if (!seen[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return seen;
}

/**
 * The strongly connected components of the graph (Tarjan's algorithm, iterative so that a
 * long chain of turns cannot overflow the stack), each as node indexes in ascending order.
 */
export function components(graph: FlowGraph): number[][] {
  const { offsets, targets } = adjacency(graph);
  const n = graph.nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const edgeAt = new Int32Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const call: number[] = [root];
    index[root] = low[root] = counter++;
    edgeAt[root] = offsets[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (call.length > 0) {
      const v = call[call.length - 1]!;
      if (edgeAt[v]! < offsets[v + 1]!) {
        const w = targets[edgeAt[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          edgeAt[w] = offsets[w]!;
          stack.push(w);
          onStack[w] = 1;
          call.push(w);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      call.pop();
      const parent = call[call.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] !== index[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      out.push(component.sort((a, b) => a - b));
    }
  }
  return out;
}

/**
 * The loops a call can enter and never leave: components with a cycle, no edge out of them and
 * no ending inside, each as its node indexes in ascending order.
 */
export function closedLoops(graph: FlowGraph): number[][] {
  const { offsets, targets } = adjacency(graph);
  const loops: number[][] = [];
  const componentOf = new Int32Array(graph.nodes.length);
  const all = components(graph);
  all.forEach((component, c) => {
    for (const v of component) componentOf[v] = c;
  });
  all.forEach((component, c) => {
    const selfLoop = (v: number) => {
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) if (targets[i] === v) return true;
      return false;
    };
    if (component.length === 1 && !selfLoop(component[0]!)) return;
    for (const v of component) {
      if (graph.nodes[v]!.ending) return;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) if (componentOf[targets[i]!] !== c) return;
    }
    loops.push(component);
  });
  return loops;
}

/** Seconds a node adds to a path: its speech and its pause. */
const cost = (graph: FlowGraph, v: number) => graph.nodes[v]!.seconds + graph.nodes[v]!.pause;

/** Edge sources per node: the graph reversed. */
function reversed(graph: FlowGraph): Adjacency {
  const n = graph.nodes.length;
  const offsets = new Int32Array(n + 1);
  for (const e of graph.edges) offsets[e.to + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(graph.edges.length);
  for (const e of graph.edges) targets[fill[e.to]!++] = e.from;
  return { offsets, targets };
}

/**
 * For every node, the shortest way from it to an ending, in seconds with its own: Dijkstra
 * from all endings at once over the reversed edges (every cost is 0 or more). Infinity where
 * no ending can be reached.
 */
function shortestToEnd(graph: FlowGraph): Float64Array {
  const { offsets, targets } = reversed(graph);
  const best = new Float64Array(graph.nodes.length).fill(Infinity);
  const heap = new MinHeap();
  for (const node of graph.nodes) {
    if (!node.ending) continue;
    best[node.index] = cost(graph, node.index);
    heap.push(best[node.index]!, node.index);
  }
  while (heap.size > 0) {
    const [d, v] = heap.pop();
    if (d > best[v]!) continue;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = targets[i]!;
      const dw = d + cost(graph, w);
      if (dw < best[w]!) {
        best[w] = dw;
        heap.push(dw, w);
      }
    }
  }
  return best;
}

/**
 * For every node reached from an entry, the longest way from it to an ending, counting each
 * turn at most once: one depth-first walk from the entries that ignores the edges back into
 * the path being walked (a loop is gone through once). Linear in nodes and edges. -Infinity
 * where no ending is reached that way.
 */
function longestToEnd(graph: FlowGraph): Float64Array {
  const { offsets, targets } = adjacency(graph);
  const n = graph.nodes.length;
  /** 0 unseen, 1 on the path, 2 done. */
  const state = new Uint8Array(n);
  const best = new Float64Array(n).fill(-Infinity);
  const edgeAt = new Int32Array(n);
  for (const entry of graph.entries) {
    if (state[entry.node] !== 0) continue;
    const call: number[] = [entry.node];
    state[entry.node] = 1;
    edgeAt[entry.node] = offsets[entry.node]!;
    while (call.length > 0) {
      const v = call[call.length - 1]!;
      if (edgeAt[v]! < offsets[v + 1]!) {
        const w = targets[edgeAt[v]!++]!;
        if (state[w] === 0) {
          state[w] = 1;
          edgeAt[w] = offsets[w]!;
          call.push(w);
        }
        continue;
      }
      call.pop();
      state[v] = 2;
      let after = graph.nodes[v]!.ending ? 0 : -Infinity;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const w = targets[i]!;
        if (state[w] === 2) after = Math.max(after, best[w]!);
      }
      best[v] = after === -Infinity ? -Infinity : after + cost(graph, v);
    }
  }
  return best;
}

/**
 * Shortest and longest path from each entry that reaches an ending, in seconds with pauses.
 * An entry from which no ending can be reached has no timing.
 */
export function flowTimings(graph: FlowGraph, charsPerMinute: number): FlowTiming[] {
  const low = shortestToEnd(graph);
  const high = longestToEnd(graph);
  const out: FlowTiming[] = [];
  for (const entry of graph.entries) {
    const shortest = low[entry.node]!;
    if (shortest === Infinity) continue;
    out.push({ entry: entry.name, shortest, longest: Math.max(shortest, high[entry.node]!), charsPerMinute });
  }
  return out;
}

/** A binary min-heap of (key, value) pairs. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      values[i] = values[p]!;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }
  pop(): [number, number] {
    const { keys, values } = this;
    const top: [number, number] = [keys[0]!, values[0]!];
    const key = keys.pop()!;
    const value = values.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= key) break;
        keys[i] = keys[c]!;
        values[i] = values[c]!;
        i = c;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}
