import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ScriptModel } from '../parse/scriptModel';
import { astHit } from './astPath';
import { escapeFor, needsQuotes, singleQuoted } from './yamlText';

/**
 * An edit that puts `text` in place of `range` inside a scalar, written so that the scalar
 * still parses to the intended value: escaped in quoted scalars, and a plain scalar that
 * would stop being one (it would start with `{`) is rewritten single-quoted as a whole.
 */
export function replaceInScalar(model: ScriptModel, range: Range, text: string): TextEdit {
  const from = model.positions.offset(range.start);
  const to = model.positions.offset(range.end);
  const hit = astHit(model.doc, from);
  const node = hit && !hit.isKey ? hit.node : undefined;
  if (!node?.range || to > node.range[1]) return { range, newText: text };
  switch (node.type) {
    case 'QUOTE_SINGLE':
      return { range, newText: escapeFor(text, 'single') };
    case 'QUOTE_DOUBLE':
      return { range, newText: escapeFor(text, 'double') };
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return { range, newText: text };
  }
  const [start, end] = node.range;
  const source = model.text.slice(start, from) + text + model.text.slice(to, end);
  if (!needsQuotes(source)) return { range, newText: text };
  return { range: model.positions.range(start, end), newText: singleQuoted(source) };
}
