import type { Range } from 'vscode-languageserver-types';
import { isScalar } from 'yaml';
import { changeAt, type ValueChange } from '../edit/scalarEdit';
import type { ScriptModel } from '../parse/scriptModel';
import { astHit } from './astPath';

/** The value change that puts `text` in place of the source `range`, when the range lies inside one value scalar. */
export function changeInScalar(model: ScriptModel, range: Range, text: string): ValueChange | undefined {
  const from = model.positions.offset(range.start);
  const to = model.positions.offset(range.end);
  const hit = astHit(model.doc, from);
  if (!hit || hit.isKey || !isScalar(hit.node) || !hit.node.range || to > hit.node.range[1]) return undefined;
  return changeAt(model, hit.node, from, to, text);
}
