import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { sectionEdit } from '../features/sectionFix';
import { localize, type Message } from '../l10n';
import type { Fix } from './fix';

const ADD_SECTION: Record<'greeting' | 'closing', Message> = {
  greeting: { zh: '添加开始语“{text}”', en: 'Add the greeting “{text}”' },
  closing: { zh: '添加结束语“{text}”', en: 'Add the closing “{text}”' },
};

/** The fix of a missing or empty `greeting` / `closing`: the first approved phrase of its category, put in place. */
export function sectionFixes(key: 'greeting' | 'closing'): (diagnostic: Diagnostic, context: FeatureContext) => Fix[] {
  return (_diagnostic, { model, phrasebook, settings }) => {
    const phrase = phrasebook.book.approved.find((p) => p.category === key)?.text;
    const edit = phrase === undefined ? undefined : sectionEdit(model, key, phrase);
    return phrase !== undefined && edit ? [{ title: localize(ADD_SECTION[key], settings.locale, { text: phrase }), edit }] : [];
  };
}
