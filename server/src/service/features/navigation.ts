import type { Position, Range } from 'vscode-languageserver-types';
import type { Scalar } from 'yaml';
import { targetsOf } from '../flow/turnParts';
import type { FeatureContext } from './context';
import { containsOffset, nodeRange } from './nodeRange';
import { turnsById } from './turnInfo';

/** The turn id value at `offset` among `next`, `otherwise` and each branch's `next`. */
function targetAt(context: FeatureContext, offset: number): Scalar | undefined {
  for (const turn of context.model.turns) {
    const hit = targetsOf(turn).find((t) => containsOffset(t, offset));
    if (hit) return hit;
  }
  return undefined;
}

/** The range of the `id:` value that the `next:` (`otherwise:`, a branch's `next:`) value at `position` names. */
export function definition(context: FeatureContext, position: Position): Range | null {
  const { model } = context;
  const from = targetAt(context, model.positions.offset(position));
  if (!from) return null;
  const target = turnsById(model.turns).get(String(from.value));
  return (target?.id && nodeRange(model, target.id)) || null;
}

/**
 * The values naming the turn id at `position` (on an `id:` value or on a value that names a
 * turn: `next`, `otherwise`, a branch's `next`), and the `id:` value itself when `includeDeclaration`.
 */
export function references(context: FeatureContext, position: Position, includeDeclaration: boolean): Range[] {
  const { model } = context;
  const offset = model.positions.offset(position);
  const node = model.turns.find((t) => containsOffset(t.id, offset))?.id ?? targetAt(context, offset);
  if (!node) return [];
  const name = String(node.value);
  const out: Range[] = [];
  const add = (target: Scalar | undefined) => {
    const range = target && nodeRange(model, target);
    if (range) out.push(range);
  };
  if (includeDeclaration) add(turnsById(model.turns).get(name)?.id);
  for (const turn of model.turns) for (const target of targetsOf(turn)) if (String(target.value) === name) add(target);
  return out;
}
