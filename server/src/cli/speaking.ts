import { isScalar } from 'yaml';
import type { CheckSettings, FlowTiming, ScriptModel, ScriptService } from '../service';

/** A script's speaking figures for `--format json` (`timing`) and `huashu stats`. */
export interface FileSpeaking {
  /** The script's name (`script:`). */
  name: string;
  turns: number;
  agentTurns: number;
  /** Seconds of the longest agent turn. */
  longestTurn: number;
  timing: FlowTiming[];
}

export function fileSpeaking(service: ScriptService, model: ScriptModel, settings: CheckSettings): FileSpeaking {
  const graph = service.flow(model, settings);
  const agent = graph.nodes.filter((n) => n.kind === 'turn' && n.speaker === 'agent');
  const name = model.keys.get('script')?.value;
  return {
    name: isScalar(name) && name.value !== null ? String(name.value) : '',
    turns: graph.nodes.filter((n) => n.kind === 'turn').length,
    agentTurns: agent.length,
    longestTurn: agent.reduce((m, n) => Math.max(m, n.seconds), 0),
    timing: service.timings(model, settings),
  };
}

/** Seconds to one decimal, for the JSON output. */
export const tenths = (seconds: number) => Math.round(seconds * 10) / 10;
