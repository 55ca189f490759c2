import type { Diagnostic } from 'vscode-languageserver-types';
import type { PositionMapper } from '../../text/positions';
import type { FlowGraph, FlowTiming } from '../types';

/** LSP severities: 1 error, 2 warning, 3 information, 4 hint. */
export type SeverityLevel = 1 | 2 | 3 | 4;

/** The findings that fall in one node of the flow. */
export interface NodeFindings {
  count: number;
  /** The worst severity among them (the lowest number); absent when there are none. */
  worst?: SeverityLevel;
}

/** The flow with what the checker found in each node: what the preview, `graph` and `report` draw. */
export interface FlowPicture {
  graph: FlowGraph;
  /** Per node, by FlowNode.index. */
  findings: NodeFindings[];
  /** Shortest and longest path of each entry that reaches an ending. */
  timing: FlowTiming[];
}

/**
 * Counts each diagnostic in the node whose source range holds its start: of nested ranges,
 * the one that starts last. A binary search over the sorted starts finds it; diagnostics
 * outside every node (a `script:` problem) count nowhere.
 */
export function nodeFindings(
  graph: FlowGraph,
  diagnostics: readonly Diagnostic[],
  positions: PositionMapper,
): NodeFindings[] {
  const findings: NodeFindings[] = graph.nodes.map(() => ({ count: 0 }));
  const order = graph.nodes.filter((n) => n.end > n.start).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const diagnostic of diagnostics) {
    const offset = positions.offset(diagnostic.range.start);
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const node = order[i]!;
      if (offset < node.end) {
        const entry = findings[node.index]!;
        entry.count++;
        const severity = (diagnostic.severity ?? 1) as SeverityLevel;
        if (entry.worst === undefined || severity < entry.worst) entry.worst = severity;
        break;
      }
    }
  }
  return findings;
}
