import { isScalar, parseDocument } from 'yaml';
import type { ScriptModel } from '../parse/scriptModel';
import { PARSE_OPTIONS } from '../parse/chunks';
import { astHit } from '../features/astPath';
import type { OffsetEdit } from './proof';

/**
 * A replacement that repairs broken YAML (such as quoting a value that starts with a
 * placeholder), proven the way a scalar edit is: after it the document has fewer errors,
 * and the replacement reads as exactly one quoted scalar that spans all of it.
 */
export function provenSyntaxFix(
  model: ScriptModel,
  start: number,
  end: number,
  newText: string,
): OffsetEdit | undefined {
  if (!/^(['"]).*\1$/s.test(newText)) return undefined;
  const edited = model.text.slice(0, start) + newText + model.text.slice(end);
  const after = parseDocument(edited, PARSE_OPTIONS);
  if (after.errors.length >= Math.max(1, model.doc.errors.length)) return undefined;
  const hit = astHit(after, start);
  const node = hit?.node;
  if (!node || !isScalar(node) || !node.range || node.range[0] !== start || node.range[1] !== start + newText.length)
    return undefined;
  return { start, end, newText };
}
