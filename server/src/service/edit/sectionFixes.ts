import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { sectionEdit } from '../features/sectionFix';
import { localize, type Message } from '../l10n';
import type { Fix } from './fix';
import { provesSectionAdded } from './proof';

const ADD_SECTION: Record<'greeting' | 'closing', Message> = {
  greeting: { zh: '添加开始语“{text}”', en: 'Add the greeting “{text}”' },
  closing: { zh: '添加结束语“{text}”', en: 'Add the closing “{text}”' },
};

/**
 * The fix of a missing or empty `greeting` / `closing`: the first approved phrase of its
 * category, put in place by `sectionEdit`, offered only when re-parsing proves that the
 * section now says it and nothing else changed.
 */
export function sectionFixes(key: 'greeting' | 'closing'): (diagnostic: Diagnostic, context: FeatureContext) => Fix[] {
  return (_diagnostic, { model, phrasebook, settings }) => {
    const phrase = phrasebook.book.approved.find((p) => p.category === key)?.text;
    const edit = phrase === undefined ? undefined : sectionEdit(model, key, phrase);
    if (phrase === undefined || !edit) return [];
    const start = model.positions.offset(edit.range.start);
    const edited = model.text.slice(0, start) + edit.newText + model.text.slice(model.positions.offset(edit.range.end));
    if (!provesSectionAdded(model.doc, edited, key, phrase)) return [];
    return [{ title: localize(ADD_SECTION[key], settings.locale, { text: phrase }), edit }];
  };
}
