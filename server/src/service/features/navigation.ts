import type { Position, Range } from 'vscode-languageserver-types';
import type { Turn } from '../parse/scriptModel';
import type { FeatureContext } from './context';
import { containsOffset, nodeRange } from './nodeRange';
import { turnsById } from './turnInfo';

/** The range of the `id:` value that the `next:` value at `position` names. */
export function definition(context: FeatureContext, position: Position): Range | null {
  const { model } = context;
  const offset = model.positions.offset(position);
  const from = model.turns.find((t) => containsOffset(t.next, offset));
  if (!from?.next) return null;
  const target = turnsById(model.turns).get(String(from.next.value));
  return (target?.id && nodeRange(model, target.id)) || null;
}

/**
 * The `next:` values naming the turn id at `position` (on an `id:` value or on a `next:`
 * value), and the `id:` value itself when `includeDeclaration`.
 */
export function references(context: FeatureContext, position: Position, includeDeclaration: boolean): Range[] {
  const { model } = context;
  const offset = model.positions.offset(position);
  const at = model.turns.find((t) => containsOffset(t.id, offset) || containsOffset(t.next, offset));
  const node = at && (containsOffset(at.id, offset) ? at.id : at.next);
  if (!node) return [];
  const name = String(node.value);
  const out: Range[] = [];
  const add = (turn: Turn, which: 'id' | 'next') => {
    const target = turn[which];
    const range = target && nodeRange(model, target);
    if (range) out.push(range);
  };
  if (includeDeclaration) {
    const declared = turnsById(model.turns).get(name);
    if (declared) add(declared, 'id');
  }
  for (const turn of model.turns) if (turn.next && String(turn.next.value) === name) add(turn, 'next');
  return out;
}
