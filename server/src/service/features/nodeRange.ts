import type { Range } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import type { ScriptModel } from '../parse/scriptModel';

/** The source range of `node` (its value, without trailing comments or line breaks). */
export function nodeRange(model: ScriptModel, node: Node): Range | undefined {
  if (!node.range) return undefined;
  return spanRange(model, node.range[0], node.range[1]);
}

/** The range from `start` to `end`, with the trailing whitespace left out. */
export function spanRange(model: ScriptModel, start: number, end: number): Range {
  let to = end;
  while (to > start && /\s/.test(model.text[to - 1]!)) to--;
  return model.positions.range(start, to);
}

export function containsOffset(node: Node | null | undefined, offset: number): boolean {
  return !!node?.range && node.range[0] <= offset && offset <= node.range[1];
}
