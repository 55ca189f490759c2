import { isScalar } from 'yaml';
import type { ScriptModel } from '../parse/scriptModel';
import { DEFAULT_CHARS_PER_MINUTE } from './speakingTime';

/** A team's reading speed and time budget of an agent turn (`speaking:` in `.huashu.yaml`). */
export interface SpeakingSettings {
  /** Characters a minute; 190 by default (seed 002: 180–200). */
  charsPerMinute?: number;
  /** Seconds an agent turn may take to say aloud; 30 by default. */
  budget?: number;
  /** The budget per channel, or `off`; chat is off by default. */
  channels?: Partial<Record<'phone' | 'chat', number | 'off'>>;
}

export const DEFAULT_BUDGET = 30;

export function charsPerMinute(speaking: SpeakingSettings | undefined): number {
  return speaking?.charsPerMinute ?? DEFAULT_CHARS_PER_MINUTE;
}

/** The script's channel: `phone` unless it says `chat`. */
export function channelOf(model: ScriptModel): 'phone' | 'chat' {
  const value = model.keys.get('channel')?.value;
  return isScalar(value) && value.value === 'chat' ? 'chat' : 'phone';
}

/** Seconds an agent turn of this script may take, or undefined when the budget is off (chat by default). */
export function turnBudget(model: ScriptModel, speaking: SpeakingSettings | undefined): number | undefined {
  const channel = channelOf(model);
  const own = speaking?.channels?.[channel];
  if (own === 'off') return undefined;
  if (typeof own === 'number') return own;
  if (channel === 'chat') return undefined;
  return speaking?.budget ?? DEFAULT_BUDGET;
}
