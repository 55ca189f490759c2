import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { localize, type Message } from '../l10n';
import type { FeatureContext } from './context';
import { replaceInScalar } from './scalarEdit';
import { sectionEdit } from './sectionFix';

/** One way to fix one diagnostic. */
export interface Fix {
  title: string;
  edit: TextEdit;
}

const REPLACE: Message = { zh: '改为“{text}”', en: 'Replace with “{text}”' };
const REMOVE: Message = { zh: '删除', en: 'Remove' };
const REMOVE_WAIVER: Message = { zh: '删除这条豁免注释', en: 'Remove this waiver comment' };
const CHANGE_NEXT: Message = { zh: '把 next 改为“{text}”', en: 'Change next to “{text}”' };
const ADD_SECTION: Record<'greeting' | 'closing', Message> = {
  greeting: { zh: '添加开始语“{text}”', en: 'Add the greeting “{text}”' },
  closing: { zh: '添加结束语“{text}”', en: 'Add the closing “{text}”' },
};

const isPosition = (v: unknown): boolean =>
  !!v && typeof v === 'object' && Number.isInteger((v as { line: unknown }).line) && Number.isInteger((v as { character: unknown }).character);
const isRange = (v: unknown): v is Range =>
  !!v && typeof v === 'object' && isPosition((v as Range).start) && isPosition((v as Range).end);

/** The parts of `diagnostic.data` that fixes read, checked: it comes back from the client. */
function fixData(diagnostic: Diagnostic): { replacements: string[]; replaceRange?: Range } {
  const data = (diagnostic.data && typeof diagnostic.data === 'object' ? diagnostic.data : {}) as Record<string, unknown>;
  const replacements = Array.isArray(data.replacements) ? data.replacements.filter((r): r is string => typeof r === 'string') : [];
  return { replacements, ...(isRange(data.replaceRange) ? { replaceRange: data.replaceRange } : {}) };
}

/**
 * The fixes of a diagnostic, preferred first, from its `code` and `data` alone (and the
 * document the edits apply to): a missing section is added, otherwise `data.replacements`
 * (forbidden-phrase, hardcoded-agent-id, legacy-placeholder, unknown-placeholder and any
 * rule that offers them) replace the range. Diagnostics of other sources give none.
 */
export function fixesFor(context: FeatureContext, diagnostic: Diagnostic): Fix[] {
  const { model, settings, phrasebook } = context;
  if (diagnostic.source !== undefined && diagnostic.source !== 'huashu') return [];
  const { replacements, replaceRange } = fixData(diagnostic);
  const replaceWith = (title: Message) =>
    replacements.map((text) => ({
      title: localize(text === '' ? REMOVE : title, settings.locale, { text }),
      edit: replaceInScalar(model, replaceRange ?? diagnostic.range, text),
    }));
  switch (diagnostic.code) {
    case 'unused-waiver':
      return replaceRange ? [{ title: localize(REMOVE_WAIVER, settings.locale), edit: { range: replaceRange, newText: '' } }] : [];
    case 'dangling-next':
      return replaceWith(CHANGE_NEXT).slice(0, 1);
    case 'greeting-required':
    case 'closing-required': {
      const key = diagnostic.code === 'greeting-required' ? 'greeting' : 'closing';
      const phrase = phrasebook.book.approved.find((p) => p.category === key)?.text;
      const edit = phrase === undefined ? undefined : sectionEdit(model, key, phrase);
      return phrase !== undefined && edit ? [{ title: localize(ADD_SECTION[key], settings.locale, { text: phrase }), edit }] : [];
    }
    default:
      return replaceWith(REPLACE);
  }
}
