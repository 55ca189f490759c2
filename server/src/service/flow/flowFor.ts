import type { ScriptModel } from '../parse/scriptModel';
import type { CheckSettings } from '../settings';
import { flowTimings } from './analysis';
import { buildFlow } from './buildFlow';
import { charsPerMinute } from './speakingSettings';
import { DEFAULT_CHARS_PER_MINUTE, DEFAULT_SPEAKING } from './speakingTime';
import type { FlowGraph, FlowTiming } from './types';

/** The flow graph at the reading speed the settings ask for (built once per model at the default speed). */
export function flowFor(model: ScriptModel, settings?: CheckSettings): FlowGraph {
  const cpm = charsPerMinute(settings?.speaking);
  return buildFlow(model, cpm === DEFAULT_CHARS_PER_MINUTE ? DEFAULT_SPEAKING : { charsPerMinute: cpm });
}

/** Shortest and longest path of each entry of the script, in seconds with pauses. */
export function timingsFor(model: ScriptModel, settings?: CheckSettings): FlowTiming[] {
  return flowTimings(flowFor(model, settings), charsPerMinute(settings?.speaking));
}
