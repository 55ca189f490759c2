import type { ScriptModel } from '../parse/scriptModel';

/** Index of the first of the sorted `values` above `x`. */
export function firstAbove(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The parts of a script to lex so that every offset of `offsets` is covered, as
 * `[start, end)` pairs. A part runs from one restart point to the next: the start of a line
 * where, as the parsed document places them, a top-level key or a turn's block sequence item
 * (`- `) begins. The lexer is then at the start of a node in block context, so lexing the part
 * alone gives the tokens that lexing the whole text gives there. A document with syntax errors
 * (an unclosed quote may run over many lines) is one part.
 */
export function lexParts(model: ScriptModel, offsets: readonly number[]): Array<[number, number]> {
  const { text, positions, keys, turns, doc } = model;
  if (doc.errors.length > 0) return [[0, text.length]];
  const starts = [...[...keys.values()].map((p) => p.key.range?.[0]), ...turns.map((t) => t.node.range?.[0])]
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
  const restartAt = (start: number): number | undefined => {
    const lineStart = positions.offset({ line: positions.position(start).line, character: 0 });
    return /^[ \t]*(?:-[ \t]+)?$/.test(text.slice(lineStart, start)) ? lineStart : undefined;
  };
  const parts = new Map<number, number>();
  for (const offset of offsets) {
    const above = firstAbove(starts, offset);
    let from = 0;
    for (let i = above - 1; i >= 0; i--) {
      const r = restartAt(starts[i]!);
      if (r !== undefined && r <= offset) {
        from = r;
        break;
      }
    }
    let to = text.length;
    for (let i = above; i < starts.length; i++) {
      const r = restartAt(starts[i]!);
      if (r !== undefined && r > offset) {
        to = r;
        break;
      }
    }
    parts.set(from, to);
  }
  return [...parts].sort((a, b) => a[0] - b[0]);
}
