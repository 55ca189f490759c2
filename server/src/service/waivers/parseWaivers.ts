import type { ScriptModel } from '../parse/scriptModel';
import { comments } from './comments';
import { coverNextLines } from './coverage';
import { lexParts } from './lexParts';

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

const DIRECTIVE = /^#[ \t]*huashu-(disable-next-line|disable-line|disable|enable)\b(.*)$/;
/** Where the reason starts: `--` between blanks, or the dashes a Chinese keyboard types. */
const REASON = /\s--(?:\s|$)|\s*—+\s*/;
/** Where a waiver may be: the lexer then tells whether that `#` starts a comment. */
const MAYBE = /#[ \t]*huashu-(?:disable|enable)/g;

const parsed = new WeakMap<ScriptModel, Waiver[]>();

/** Every waiver comment of a script, in order; read once per model (the waiver rules and the check share it). */
export function parseWaivers(model: ScriptModel): Waiver[] {
  let waivers = parsed.get(model);
  if (!waivers) parsed.set(model, (waivers = readWaivers(model)));
  return waivers;
}

function readWaivers(model: ScriptModel): Waiver[] {
  const { text, positions } = model;
  const candidates = [...text.matchAll(MAYBE)].map((m) => m.index);
  if (candidates.length === 0) return [];
  const waivers: Waiver[] = [];
  const found = lexParts(model, candidates).flatMap(([from, to]) => comments(text.slice(from, to), from));
  for (const comment of found) {
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

/** Whether the comment stands alone on its line, and the source that removing it deletes. */
function removal(
  { text, positions }: ScriptModel,
  line: number,
  start: number,
  end: number,
): { ownLine: boolean; cut: [number, number] } {
  const lineStart = positions.offset({ line, character: 0 });
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  const bom = lineStart === 0 && text.startsWith('\ufeff') ? 1 : 0;
  if (from > lineStart + bom) return { ownLine: false, cut: [from, end] };
  return { ownLine: true, cut: [lineStart + bom, positions.offset({ line: line + 1, character: 0 })] };
}
