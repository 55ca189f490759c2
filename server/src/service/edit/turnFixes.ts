import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { localize, type Message } from '../l10n';
import type { Fix } from './fix';
import { turnAt, turnKeyEdit } from './turnKeyEdit';

const TITLES: Record<string, Message> = {
  'end:closing': { zh: '在此结束：end: closing（进入结束语）', en: 'End here: end: closing (go to the closing)' },
  'end:hangup': { zh: '在此挂机：end: hangup', en: 'Hang up here: end: hangup' },
  otherwise: { zh: '其他回答时再问一次：otherwise: {value}', en: 'Ask again on any other answer: otherwise: {value}' },
};

/**
 * Fixes that add one key to the turn a diagnostic stands in (found from its range alone), in
 * the order given; each edit is proven by re-parsing (edit/turnKeyEdit.ts).
 */
export function turnFixes(
  diagnostic: Diagnostic,
  { model, settings }: FeatureContext,
  additions: ReadonlyArray<{ key: string; value: string }>,
  first?: boolean,
): Fix[] {
  const turn = turnAt(model, model.positions.offset(diagnostic.range.start));
  if (!turn) return [];
  const out: Fix[] = [];
  for (const { key, value } of additions) {
    const edit = turnKeyEdit(model, turn, key, value);
    const title = TITLES[`${key}:${value}`] ?? TITLES[key];
    if (!edit || !title) continue;
    out.push({ title: localize(title, settings.locale, { value }), edit });
    if (first) break;
  }
  return out;
}
