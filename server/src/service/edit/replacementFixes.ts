import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { changeInScalar } from '../features/scalarEdit';
import { localize, type Message } from '../l10n';
import { editScalar } from './scalarEdit';
import type { Fix } from './fix';
import { provenSyntaxFix } from './syntaxFix';

const REPLACE: Message = { zh: '改为“{text}”', en: 'Replace with “{text}”' };
const REMOVE: Message = { zh: '删除', en: 'Remove' };

const isPosition = (v: unknown): boolean =>
  !!v &&
  typeof v === 'object' &&
  Number.isInteger((v as { line: unknown }).line) &&
  Number.isInteger((v as { character: unknown }).character);
const isRange = (v: unknown): v is Range =>
  !!v && typeof v === 'object' && isPosition((v as Range).start) && isPosition((v as Range).end);

/** The parts of `diagnostic.data` that fixes read, checked: it comes back from the client. */
export function fixData(diagnostic: Diagnostic): { replacements: string[]; replaceRange?: Range } {
  const data = (diagnostic.data && typeof diagnostic.data === 'object' ? diagnostic.data : {}) as Record<
    string,
    unknown
  >;
  const replacements = Array.isArray(data.replacements)
    ? data.replacements.filter((r): r is string => typeof r === 'string')
    : [];
  return { replacements, ...(isRange(data.replaceRange) ? { replaceRange: data.replaceRange } : {}) };
}

/**
 * Fixes that put each of `data.replacements` in place of `data.replaceRange` (else the
 * diagnostic's range), through the one proven scalar edit; a replacement that repairs
 * broken YAML is proven as such. A replacement that cannot be proven is not offered.
 * With `first`, only the first that can be.
 */
export function replacementFixes(
  context: FeatureContext,
  diagnostic: Diagnostic,
  title: Message = REPLACE,
  first = false,
): Fix[] {
  const { model, settings } = context;
  const { replacements, replaceRange } = fixData(diagnostic);
  const range = replaceRange ?? diagnostic.range;
  const out: Fix[] = [];
  for (const text of replacements) {
    out.push(...fixWith(text));
    if (first && out.length > 0) break;
  }
  return out;

  function fixWith(text: string): Fix[] {
    const name = localize(text === '' ? REMOVE : title, settings.locale, { text });
    const change = changeInScalar(model, range, text);
    if (change) {
      const edit = editScalar(model, [change]);
      return edit
        ? [
            {
              title: name,
              edit: { range: model.positions.range(edit.start, edit.end), newText: edit.newText },
              change,
              scalar: edit,
            },
          ]
        : [];
    }
    if (diagnostic.code !== 'yaml-syntax') return [];
    const fixed = provenSyntaxFix(model, model.positions.offset(range.start), model.positions.offset(range.end), text);
    return fixed
      ? [{ title: name, edit: { range: model.positions.range(fixed.start, fixed.end), newText: fixed.newText } }]
      : [];
  }
}
