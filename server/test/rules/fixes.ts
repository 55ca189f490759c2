import type { Diagnostic } from 'vscode-languageserver-types';
import { applyEdits, en, service } from '../cursor';
import { check } from '../util';

const URI = 'file:///work/t.script.yaml';

/** The text after the preferred quick fix of the first diagnostic of `code`. */
export function fixFirst(text: string, code: string): string {
  const diagnostic: Diagnostic | undefined = check(text).find((d) => d.code === code);
  if (!diagnostic) throw new Error(`no ${code} diagnostic in ${JSON.stringify(text)}`);
  const action = service
    .codeActions(text, URI, diagnostic.range, [diagnostic], en)
    .find((a) => a.kind === 'quickfix' && !a.title.startsWith('Fix all'));
  if (!action?.edit?.changes?.[URI]) throw new Error(`no quick fix for ${code}`);
  return applyEdits(text, action.edit.changes[URI]);
}
