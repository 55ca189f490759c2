import { isScalar, parseDocument } from 'yaml';
import type { ScriptModel } from '../parse/scriptModel';
import { PARSE_OPTIONS } from '../parse/chunks';
import { astHit } from '../features/astPath';
import type { OffsetEdit } from './proof';

/** A key and its colon as a fix writes them: `agent: `, after a `- ` when the key opens an item. */
const KEY_COLON = /^((?:-[ \t]+)?)([A-Za-z_][\w-]*): $/;

/**
 * A replacement that repairs broken YAML, proven the way a scalar edit is: after it the
 * document has no more errors (fewer when it had any), and either the replacement reads as
 * exactly one quoted scalar that spans all of it (quoting a value that starts with a
 * placeholder), or it is a key and its colon (`agent: ` for `agent：`) and now reads as that
 * key, with a value that starts right after it, the text that followed the typo.
 */
export function provenSyntaxFix(
  model: ScriptModel,
  start: number,
  end: number,
  newText: string,
): OffsetEdit | undefined {
  const keyColon = KEY_COLON.exec(newText);
  if (!keyColon && !/^(['"]).*\1$/s.test(newText)) return undefined;
  const edited = model.text.slice(0, start) + newText + model.text.slice(end);
  const after = parseDocument(edited, PARSE_OPTIONS);
  const errorsBefore = model.doc.errors.length;
  if (keyColon) {
    if (errorsBefore > 0 ? after.errors.length >= errorsBefore : after.errors.length > 0) return undefined;
    const keyStart = start + keyColon[1]!.length;
    const key = astHit(after, keyStart);
    if (!key?.isKey || key.node.value !== keyColon[2] || key.node.range?.[0] !== keyStart) return undefined;
    const valueStart = start + newText.length;
    if (!/\S/.test(edited[valueStart] ?? '')) return { start, end, newText };
    const value = astHit(after, valueStart);
    if (!value || value.isKey || value.node.range?.[0] !== valueStart) return undefined;
    return { start, end, newText };
  }
  if (after.errors.length >= Math.max(1, errorsBefore)) return undefined;
  const hit = astHit(after, start);
  const node = hit?.node;
  if (!node || !isScalar(node) || !node.range || node.range[0] !== start || node.range[1] !== start + newText.length)
    return undefined;
  return { start, end, newText };
}
