import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { localize, type Message } from '../l10n';
import type { Fix } from './fix';
import { provesSafe } from './proof';
import { fixData } from './replacementFixes';

const REMOVE_WAIVER: Message = { zh: '删除这条豁免注释', en: 'Remove this waiver comment' };

/**
 * The fix of an unused waiver: delete `data.replaceRange` (the comment's line), offered only
 * when re-parsing proves that what it deletes was a comment: every value of the document,
 * also every line of every multi-line string, stays as it was.
 */
export function removeWaiverFixes(diagnostic: Diagnostic, { model, settings }: FeatureContext): Fix[] {
  const { replaceRange } = fixData(diagnostic);
  if (!replaceRange) return [];
  const start = model.positions.offset(replaceRange.start);
  const end = model.positions.offset(replaceRange.end);
  if (end <= start) return [];
  const edited = model.text.slice(0, start) + model.text.slice(end);
  if (!provesSafe(model.doc, edited, new Map())) return [];
  return [{ title: localize(REMOVE_WAIVER, settings.locale), edit: { range: replaceRange, newText: '' } }];
}
