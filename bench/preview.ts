/**
 * The call-flow preview's server side on the 10,000-line branching script: the picture
 * (`huashu/flow`: flow, findings per node, path times) and its DOT. Goal: inside the
 * edit→diagnostics budget. Graphviz's layout runs in the preview's own page, off the editor.
 */
import { createScriptService, parseScript } from '../server/src/service';
import { flowPicture, toDot } from '../server/src/service/flow/render';
import { generateFlowScript } from './flow';
import { time } from './stats';

export function previewBench(
  row: (...cells: Array<string | number>) => void,
  results: Record<string, unknown>,
  runs: number,
): void {
  const service = createScriptService();
  const text = generateFlowScript(10000);
  const model = parseScript(text);
  const diagnostics = service.validate(model);
  const picture = time(() => flowPicture(model, diagnostics), runs);
  const dot = time(() => toDot(flowPicture(model, diagnostics)!, 'zh'), runs);
  row('', '', '', '');
  row('preview (10,000 lines)', 'picture ms', 'picture + DOT ms', 'nodes');
  const nodes = flowPicture(model, diagnostics)!.graph.nodes.length;
  row('huashu/flow', picture.median.toFixed(2), dot.median.toFixed(2), nodes);
  results.preview = { lines: 10000, nodes, pictureMs: picture, pictureAndDotMs: dot };
}
