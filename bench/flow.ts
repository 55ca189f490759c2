/**
 * The flow analysis on a 10,000-line script that branches: building the graph with the flow
 * rules, and the inlay hints of speaking time. Goal: both well inside the edit→diagnostics
 * budget, and linear (the 50,000-line figure about five times the 10,000-line one).
 */
import { createScriptService, parseScript, type ScriptModel } from '../server/src/service';
import { buildFlow } from '../server/src/service/flow/buildFlow';
import { RULE_BY_ID } from '../server/src/service/rules';
import { builtinPhrasebook } from '../server/src/service/phrasebook/builtin';
import { time } from './stats';

const FLOW_RULES = ['unreachable-turn', 'dead-end', 'loop-without-exit', 'branch-without-fallback', 'turn-too-long'];

/** A script of about `lines` lines whose turns branch forward, ask again and end, in a fixed pattern. */
export function generateFlowScript(lines: number): string {
  const out = ['script: 流程基准', 'greeting: 您好，工号{agent_id}为您服务，请问有什么可以帮您？', 'steps:'];
  let i = 0;
  while (out.length < lines - 2) {
    out.push(`  - id: t${i}`, `    agent: 请问您对第${i}项服务满意吗？我们会认真记录您的意见。`);
    if (i % 4 === 0) {
      out.push('    pause: 2', '    branches:', '      - answer: 满意', `        next: t${i + 2}`);
      out.push('      - answer: 不满意', `        next: t${i + 1}`, `    otherwise: t${i}`);
    } else if (i % 4 === 3) {
      out.push(`    next: t${i + 1}`);
    }
    i++;
  }
  out.push('closing: 感谢您的来电，再见！');
  return out.join('\n') + '\n';
}

const phrasebook = builtinPhrasebook();

function flowOnce(model: ScriptModel): number {
  let findings = 0;
  buildFlow(model, { charsPerMinute: 190 });
  for (const id of FLOW_RULES) RULE_BY_ID.get(id)!.check!({ model, phrasebook, report: () => void findings++ });
  return findings;
}

export function flowBench(
  row: (...cells: Array<string | number>) => void,
  results: Record<string, unknown>,
  runs: number,
): void {
  const service = createScriptService();
  const figures = [];
  row('', '', '', '');
  row('flow (branching script)', 'buildFlow + flow rules ms', 'inlay hints ms', 'code lenses ms');
  for (const lines of [10000, 50000]) {
    const model = parseScript(generateFlowScript(lines));
    const flow = time(() => flowOnce(model), runs);
    const hints = time(() => service.inlayHints(model), runs);
    const lenses = time(() => service.codeLenses(model), runs);
    figures.push({ lines, turns: model.turns.length, flowMs: flow, inlayHintsMs: hints, codeLensesMs: lenses });
    row(
      `${lines.toLocaleString('en')} lines`,
      flow.median.toFixed(2),
      hints.median.toFixed(2),
      lenses.median.toFixed(2),
    );
  }
  results.flow = figures;
}
