import type { CodeAction } from 'vscode-languageserver-types';
import { applyEdits, en, service } from '../cursor';
import { check, script } from '../util';

/** A script whose steps are the given lines. */
export const steps = (...lines: string[]) => script(lines.join('\n'));

const URI = 'file:///work/t.script.yaml';

/** The quick fixes of the first diagnostic of `code` (not the waivers or fix-all): title and the text after it. */
export function quickFixes(text: string, code: string): Array<{ title: string; text: string }> {
  const d = check(text).find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${JSON.stringify(text)}`);
  return service
    .codeActions(text, URI, d.range, [d], en)
    .filter((a: CodeAction) => a.kind === 'quickfix' && !a.title.startsWith('Fix all') && !a.title.startsWith('Waive'))
    .map((a) => ({ title: a.title, text: applyEdits(text, a.edit!.changes![URI]!) }));
}
