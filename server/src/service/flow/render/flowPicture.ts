import type { Diagnostic } from 'vscode-languageserver-types';
import type { ScriptModel } from '../../parse/scriptModel';
import { flowTimings } from '../analysis';
import { buildFlow } from '../buildFlow';
import { DEFAULT_CHARS_PER_MINUTE } from '../speakingTime';
import { nodeFindings, type FlowPicture } from './nodeFindings';

/**
 * The picture of a script: its flow, the findings in each node and the time of its paths, at
 * the team's reading speed. Undefined when the YAML does not parse, so a preview keeps its
 * last good picture instead of drawing a broken one.
 */
export function flowPicture(
  model: ScriptModel,
  diagnostics: readonly Diagnostic[],
  charsPerMinute = DEFAULT_CHARS_PER_MINUTE,
): FlowPicture | undefined {
  if (model.syntax.some((problem) => !problem.warning)) return undefined;
  const graph = charsPerMinute === DEFAULT_CHARS_PER_MINUTE ? buildFlow(model) : buildFlow(model, { charsPerMinute });
  return {
    graph,
    findings: nodeFindings(graph, diagnostics, model.positions),
    timing: flowTimings(graph, charsPerMinute),
  };
}
