import type { ScriptModel } from '../parse/scriptModel';

/** An inline waiver comment: `# huashu-disable-next-line forbidden-phrase -- 原因`. */
export interface Waiver {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** The rules it names; empty means every rule. */
  rules: string[];
  /** The justification after `--`, if any. */
  reason?: string;
  /** 0-based line of the comment. */
  line: number;
  /** Source offsets of the comment text (from `#`). */
  start: number;
  end: number;
}

const DIRECTIVE = /^([ \t]*)(#\s*huashu-(disable-next-line|disable|enable)\b(.*))$/;

/** Offsets covered by block scalars, where a `#` line is text, not a comment. */
function blockSpans(model: ScriptModel): Array<[number, number]> {
  return model.speech
    .filter((s) => s.node.type === 'BLOCK_LITERAL' || s.node.type === 'BLOCK_FOLDED')
    .map((s) => [s.text.contentStart, s.text.contentEnd] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

const parsed = new WeakMap<ScriptModel, Waiver[]>();

/** Every waiver comment of a script, in order; read once per model (the waiver rules and the check share it). */
export function parseWaivers(model: ScriptModel): Waiver[] {
  let waivers = parsed.get(model);
  if (!waivers) parsed.set(model, (waivers = readWaivers(model)));
  return waivers;
}

function readWaivers(model: ScriptModel): Waiver[] {
  const text = model.text;
  if (!text.includes('huashu-')) return [];
  const blocks = blockSpans(model);
  const waivers: Waiver[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const m = DIRECTIVE.exec(raw);
    if (m && !blocks.some(([a, b]) => start >= a && start < b)) {
      const [, indent, comment, kind, rest] = m;
      const [names, ...reasonParts] = rest!.split(/\s--(?:\s|$)/);
      const reason = reasonParts.join(' -- ').trim();
      const rules = names!.split(/[\s,]+/).filter((r) => r !== '');
      const from = start + indent!.length;
      waivers.push({
        kind: kind as Waiver['kind'],
        rules,
        line,
        start: from,
        end: from + comment!.trimEnd().length,
        ...(reason !== '' ? { reason } : {}),
      });
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return waivers;
}
