import type { Diagnostic } from 'vscode-languageserver-types';
import type { ScriptModel } from '../../parse/scriptModel';
import { buildFlow } from '../buildFlow';
import { nodeFindings, type FlowPicture } from './nodeFindings';

/**
 * The picture of a script: its flow and the findings in each node. Undefined when the YAML
 * does not parse, so a preview keeps its last good picture instead of drawing a broken one.
 */
export function flowPicture(model: ScriptModel, diagnostics: readonly Diagnostic[]): FlowPicture | undefined {
  if (model.syntax.some((problem) => !problem.warning)) return undefined;
  const graph = buildFlow(model);
  return { graph, findings: nodeFindings(graph, diagnostics, model.positions) };
}
