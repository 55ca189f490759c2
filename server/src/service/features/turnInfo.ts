import { isScalar } from 'yaml';
import type { Scalar } from 'yaml';
import type { Turn } from '../parse/scriptModel';

const PREVIEW_LENGTH = 12;

/** Who speaks in a turn and what they say first. */
export interface TurnSpeech {
  speaker?: 'agent' | 'customer';
  node?: Scalar;
  /** The first words of the speech, on one line. */
  preview: string;
}

export function turnSpeech(turn: Turn): TurnSpeech {
  for (const speaker of ['agent', 'customer'] as const) {
    const node = turn.node.get(speaker, true);
    if (!isScalar(node)) continue;
    const words = String(node.value ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const preview = [...words].length > PREVIEW_LENGTH ? `${[...words].slice(0, PREVIEW_LENGTH).join('')}…` : words;
    return { speaker, node, preview };
  }
  return { preview: '' };
}

/** The turns by id; the first one wins where ids repeat (the schema rule reports those). */
export function turnsById(turns: readonly Turn[]): Map<string, Turn> {
  const byId = new Map<string, Turn>();
  for (const turn of turns) {
    const id = turn.id ? String(turn.id.value) : undefined;
    if (id !== undefined && !byId.has(id)) byId.set(id, turn);
  }
  return byId;
}
