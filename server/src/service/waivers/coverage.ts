import type { ScriptModel } from '../parse/scriptModel';
import { firstAbove } from './lexParts';
import type { Waiver } from './parseWaivers';

/**
 * Sets what each `disable-next-line` covers: the first line below it that is not itself a
 * waiver comment (so stacked waivers all cover the same line), or the whole turn that starts
 * on that line.
 */
export function coverNextLines(model: ScriptModel, waivers: Waiver[]): void {
  const next = waivers.filter((w) => w.kind === 'disable-next-line');
  if (next.length === 0) return;
  const { positions } = model;
  const waiverLines = new Set(waivers.filter((w) => w.ownLine).map((w) => w.line));
  const turns = model.turns.flatMap((t) => (t.node.range ? [t.node.range] : [])).sort((a, b) => a[0] - b[0]);
  const turnStarts = turns.map((r) => r[0]);
  for (const w of next) {
    let target = w.line + 1;
    while (waiverLines.has(target)) target++;
    const lineStart = positions.offset({ line: target, character: 0 });
    const turn = turns[firstAbove(turnStarts, lineStart - 1)];
    const startsHere = turn && positions.position(turn[0]).line === target;
    w.covers = [target, startsHere ? positions.position(Math.max(turn[0], turn[1] - 1)).line : target];
  }
}
