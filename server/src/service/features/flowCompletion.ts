import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import type { Message } from '../l10n';
import { BRANCH_KEYS, ENDINGS, SCENARIO_KEYS } from '../parse/scriptModel';
import type { FeatureContext } from './context';
import type { CursorContext } from './cursorContext';
import { colonFollows, keyItems } from './keyCompletion';
import { siblingKeys } from './yamlLines';

export const ENDING_DOCS: Record<(typeof ENDINGS)[number], Message> = {
  closing: { zh: '进入结束语', en: 'Go to the closing' },
  transfer: {
    zh: '转接（人工、专席或其他部门）',
    en: 'Transfer the call (to a person, a specialist or another department)',
  },
  hangup: { zh: '挂机', en: 'Hang up' },
};

export const SCENARIO_KEY_DOCS: Record<(typeof SCENARIO_KEYS)[number], Message> = {
  when: { zh: '情景的起点：在什么情况下进入这个情景。', en: 'The situation the scenario starts from.' },
  turns: { zh: '这个情景的轮次列表。', en: "The scenario's list of turns." },
};

export const BRANCH_KEY_DOCS: Record<(typeof BRANCH_KEYS)[number], Message> = {
  answer: {
    zh: '客户的回答，如 满意、不方便。',
    en: 'What the customer answers, e.g. 满意 (satisfied), 不方便 (busy).',
  },
  next: { zh: '客户这样回答后转到的轮次 id。', en: 'The id of the turn the call goes to after this answer.' },
};

/** The values of `end:`: closing, transfer, hangup. */
export function endItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const prefix = cursor.needsSpace ? ' ' : '';
  return ENDINGS.map((ending, i) => ({
    label: ending,
    kind: CompletionItemKind.EnumMember,
    detail: ENDING_DOCS[ending][context.settings.locale],
    sortText: String(i),
    textEdit: { range, newText: prefix + ending },
  }));
}

/** The keys of a scenario written as a mapping that it does not have yet. */
export function scenarioKeyItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const present = siblingKeys(context.model, cursor.line, cursor.column, cursor.itemStart);
  return keyItems(
    SCENARIO_KEYS.filter((k) => !present.has(k)),
    SCENARIO_KEY_DOCS,
    range,
    context.settings.locale,
    colonFollows(context, cursor),
  );
}

/** The keys of a branch that it does not have yet. */
export function branchKeyItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const present = siblingKeys(context.model, cursor.line, cursor.column, cursor.itemStart);
  return keyItems(
    BRANCH_KEYS.filter((k) => !present.has(k)),
    BRANCH_KEY_DOCS,
    range,
    context.settings.locale,
    colonFollows(context, cursor),
  );
}
