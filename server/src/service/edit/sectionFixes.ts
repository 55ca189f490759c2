import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { sectionEdit } from '../features/sectionFix';
import { localize, type Message } from '../l10n';
import type { ApprovedPhrase, Phrasebook } from '../phrasebook/types';
import type { Fix } from './fix';

const ADD_SECTION: Record<'greeting' | 'closing', Message> = {
  greeting: { zh: '添加开始语“{text}”', en: 'Add the greeting “{text}”' },
  closing: { zh: '添加结束语“{text}”', en: 'Add the closing “{text}”' },
};

const PLACEHOLDER = /\{[^{}]*\}/g;
const placeholders = (p: ApprovedPhrase): string[] => p.text.match(PLACEHOLDER) ?? [];
/** For any place in a script: no condition, no situation, offered by completion. */
const everyday = (p: ApprovedPhrase) => p.when === undefined && p.situation === undefined && p.offer !== false;

/**
 * The phrase a fix inserts. A greeting: an everyday one that says `{agent_id}`, as
 * agent-id-placeholder asks, with the fewest other placeholders. A closing: the shortest
 * everyday one without placeholders that thanks and says goodbye, thanking for the call first
 * (感谢您的来电，再见！, not 感谢您的配合), not the
 * hand-over to a survey (请不要挂机，稍后对我的服务进行评价…). Else the first of the category.
 */
export function sectionPhrase(book: Phrasebook, key: 'greeting' | 'closing'): string | undefined {
  const own = book.approved.filter((p) => p.category === key);
  const pick = (candidates: ApprovedPhrase[], cost: (p: ApprovedPhrase) => number) =>
    candidates.reduce<ApprovedPhrase | undefined>((best, p) => (best && cost(best) <= cost(p) ? best : p), undefined);
  const chosen =
    key === 'greeting'
      ? pick(
          own.filter((p) => everyday(p) && placeholders(p).includes('{agent_id}')),
          (p) => placeholders(p).length,
        )
      : pick(
          own.filter(
            (p) => everyday(p) && placeholders(p).length === 0 && /[谢謝]/.test(p.text) && /再[见見]/.test(p.text),
          ),
          (p) => [...p.text].length + (/来电|來電/.test(p.text) ? 0 : 100),
        );
  return (chosen ?? own.find(everyday) ?? own[0])?.text;
}

/**
 * The fix of a missing or empty `greeting` / `closing`: the phrase `sectionPhrase` picks,
 * put in place by `sectionEdit`, which offers an edit only when re-parsing proves that the
 * section now says it and nothing else changed (features/sectionProof.ts).
 */
export function sectionFixes(key: 'greeting' | 'closing'): (diagnostic: Diagnostic, context: FeatureContext) => Fix[] {
  return (_diagnostic, { model, phrasebook, settings }) => {
    const phrase = sectionPhrase(phrasebook.book, key);
    const edit = phrase === undefined ? undefined : sectionEdit(model, key, phrase);
    if (phrase === undefined || !edit) return [];
    return [{ title: localize(ADD_SECTION[key], settings.locale, { text: phrase }), edit }];
  };
}
