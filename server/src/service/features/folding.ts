import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';
import { spanRange } from './nodeRange';

/**
 * Folding ranges: multi-line top-level blocks, each scenario, each multi-line turn and
 * multi-line block scalars. One range per start line, the outermost.
 */
export function foldingRanges(context: FeatureContext): FoldingRange[] {
  const { model } = context;
  const byStart = new Map<number, FoldingRange>();
  const add = (start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined) return;
    const range = spanRange(model, start, end);
    if (range.end.line > range.start.line && !byStart.has(range.start.line)) {
      byStart.set(range.start.line, { startLine: range.start.line, endLine: range.end.line });
    }
  };
  const root = model.doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) add((pair.key as Node | null)?.range?.[0], (pair.value as Node | null)?.range?.[1]);
  }
  const scenarios = model.keys.get('scenarios')?.value;
  if (isMap(scenarios)) {
    for (const pair of scenarios.items)
      add((pair.key as Node | null)?.range?.[0], (pair.value as Node | null)?.range?.[1]);
  }
  for (const turn of model.turns) add(turn.node.range?.[0], turn.node.range?.[1]);
  for (const speech of model.speech) {
    const { node } = speech;
    if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'))
      add(node.range?.[0], node.range?.[1]);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
