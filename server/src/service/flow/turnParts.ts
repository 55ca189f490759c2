import { isAlias, isScalar } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { FLOW_KEYS, type ScriptModel, type Turn } from '../parse/scriptModel';

/** The `agent:` or `customer:` pair of a turn (the first, if it has both). */
export function speakerPair(turn: Turn): { speaker: 'agent' | 'customer'; pair: Pair } | undefined {
  for (const pair of turn.node.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key === 'agent' || key === 'customer') return { speaker: key, pair };
  }
  return undefined;
}

/** The text of a value, also through an alias; '' when it is not a string. */
export function valueText(model: ScriptModel, node: unknown): string {
  const target = isAlias(node) ? node.resolve(model.doc) : node;
  return isScalar(target) && target.value !== null && typeof target.value !== 'object' ? String(target.value) : '';
}

/** Whether a turn says where the call goes (next, branches, otherwise or end), even half-typed. */
export function hasFlowKey(turn: Turn): boolean {
  return turn.node.items.some(
    (pair) => isScalar(pair.key) && (FLOW_KEYS as readonly unknown[]).includes(pair.key.value),
  );
}

/** The turn ids a turn names: its `next`, `otherwise` and every branch's `next`. */
export function targetsOf(turn: Turn): Scalar[] {
  const out: Scalar[] = [];
  if (turn.next) out.push(turn.next);
  for (const branch of turn.branches ?? []) if (branch.next) out.push(branch.next);
  if (turn.otherwise) out.push(turn.otherwise);
  return out;
}

/**
 * Where a finding about a whole turn stands: its `id:` value, else its speaker key, else the
 * start of its first key: one short span, never a whole block of text.
 */
export function turnHead(turn: Turn): [number, number] {
  const node: Node | null | undefined =
    turn.id ?? (speakerPair(turn)?.pair.key as Node | undefined) ?? (turn.node.items[0]?.key as Node | undefined);
  const range = node?.range ?? turn.node.range;
  return range ? [range[0], range[1]] : [0, 0];
}
