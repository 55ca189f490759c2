import type { ScriptModel } from '../parse/scriptModel';
import { comments } from './comments';

/** An inline waiver comment: `# huashu-disable-next-line forbidden-phrase -- 原因`. */
export interface Waiver {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** The rules it names; empty means every rule. */
  rules: string[];
  /** The justification after `--` (or the IME dashes `——`, `—`), if any. */
  reason?: string;
  /** 0-based line of the comment. */
  line: number;
  /** Source offsets of the comment text (from `#`). */
  start: number;
  end: number;
  /** The comment stands alone on its line (else it trails other content). */
  ownLine: boolean;
  /**
   * The lines (0-based, inclusive) a `disable-next-line` silences: the next line that is not
   * itself a waiver comment, or the whole turn that starts on it; a `disable-line`, its own line.
   */
  covers?: [number, number];
  /**
   * The source that removing the waiver deletes: the whole line with its line break when
   * the comment stands alone on it, else the comment and the blanks before it.
   */
  removal: [number, number];
}

const DIRECTIVE = /^#\s*huashu-(disable-next-line|disable-line|disable|enable)\b(.*)$/;
/** Where the reason starts: `--` between blanks, or the dashes a Chinese keyboard types. */
const REASON = /\s--(?:\s|$)|\s*—+\s*/;
/** The cheap test that the text may hold a waiver at all. */
const MAYBE = /#[ \t]*huashu-(?:disable|enable)/;

const parsed = new WeakMap<ScriptModel, Waiver[]>();

/** Every waiver comment of a script, in order; read once per model (the waiver rules and the check share it). */
export function parseWaivers(model: ScriptModel): Waiver[] {
  let waivers = parsed.get(model);
  if (!waivers) parsed.set(model, (waivers = readWaivers(model)));
  return waivers;
}

function readWaivers(model: ScriptModel): Waiver[] {
  const { text, positions } = model;
  if (!MAYBE.test(text)) return [];
  const waivers: Waiver[] = [];
  for (const comment of comments(text)) {
    const source = comment.source.trimEnd();
    const m = DIRECTIVE.exec(source);
    if (!m) continue;
    const [, kind, rest] = m;
    const separator = REASON.exec(rest!);
    const names = separator ? rest!.slice(0, separator.index) : rest!;
    const reason = separator ? rest!.slice(separator.index + separator[0].length).trim() : '';
    const start = comment.start;
    const end = start + source.length;
    const line = positions.position(start).line;
    const { ownLine, cut } = removal(model, line, start, end);
    waivers.push({
      kind: kind as Waiver['kind'],
      rules: names.split(/[\s,，、]+/).filter((r) => r !== ''),
      line,
      start,
      end,
      ownLine,
      removal: cut,
      ...(kind === 'disable-line' ? { covers: [line, line] as [number, number] } : {}),
      ...(reason !== '' ? { reason } : {}),
    });
  }
  coverNextLines(model, waivers);
  return waivers;
}

/** The first and last line of each turn, by its first line. */
function turnLines({ turns, positions }: ScriptModel): Map<number, number> {
  const lines = new Map<number, number>();
  for (const { node } of turns) {
    if (!node.range) continue;
    const [start, end] = node.range;
    lines.set(positions.position(start).line, positions.position(Math.max(start, end - 1)).line);
  }
  return lines;
}

/** Sets what each `disable-next-line` covers: consecutive waiver lines above one line all cover it. */
function coverNextLines(model: ScriptModel, waivers: Waiver[]): void {
  const next = waivers.filter((w) => w.kind === 'disable-next-line');
  if (next.length === 0) return;
  const waiverLines = new Set(waivers.filter((w) => w.ownLine).map((w) => w.line));
  const turns = turnLines(model);
  for (const w of next) {
    let target = w.line + 1;
    while (waiverLines.has(target)) target++;
    w.covers = [target, turns.get(target) ?? target];
  }
}

/** Whether the comment stands alone on its line, and the source that removing it deletes. */
function removal({ text, positions }: ScriptModel, line: number, start: number, end: number): { ownLine: boolean; cut: [number, number] } {
  const lineStart = positions.offset({ line, character: 0 });
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  const bom = lineStart === 0 && text.startsWith('\ufeff') ? 1 : 0;
  if (from > lineStart + bom) return { ownLine: false, cut: [from, end] };
  return { ownLine: true, cut: [lineStart + bom, positions.offset({ line: line + 1, character: 0 })] };
}
