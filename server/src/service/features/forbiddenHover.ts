import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover } from 'vscode-languageserver-types';
import { localize, type Message } from '../l10n';
import type { Speech } from '../parse/scriptModel';
import { forbiddenMatches, forbiddenPhrase } from '../rules/forbiddenPhrase';
import type { Severity } from '../rules/types';
import type { FeatureContext } from './context';
import { ruleLevel } from './diagnostics';
import { bullets, escapeMarkdown } from './markdown';

const LEVEL_NAMES: Record<Severity, Message> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  information: { zh: '信息', en: 'information' },
  hint: { zh: '提示', en: 'hint' },
};

/**
 * The forbidden phrase of agent speech at `offset`, as the forbidden-phrase rule reports it
 * (none when the rule is off): its category, the rule's level, why it hurts and the approved
 * phrases to say instead. The phrase itself is left to the diagnostic's message, which the
 * editor shows beside the hover, so that it is not said twice.
 */
export function forbiddenHover(context: FeatureContext, speech: Speech, offset: number): Hover | null {
  const level = ruleLevel(forbiddenPhrase, context.settings);
  if (level === 'off' || !forbiddenPhrase.speechRoles?.includes(speech.role)) return null;
  const { locale } = context.settings;
  const { value, start, end } = speech.text;
  const match = forbiddenMatches(value, context.phrasebook).find(
    (m) => offset >= start[m.start]! && offset <= end[m.end - 1]!,
  );
  if (!match) return null;
  const { entry, category, suggestions } = match;
  const heading = localize({ zh: '**{category}**（{level}）', en: '**{category}** ({level})' }, locale, {
    category: escapeMarkdown(category?.name[locale] ?? entry.category),
    level: LEVEL_NAMES[level][locale],
  });
  /** A team's own entry says why in its own words; else its category does. */
  const why = entry.why ?? category?.why;
  const parts = [why ? `${heading}${localize({ zh: '：', en: ': ' }, locale)}${escapeMarkdown(why[locale])}` : heading];
  if (suggestions.length > 0)
    parts.push(`${localize({ zh: '请改说：', en: 'Say instead:' }, locale)}\n${bullets(suggestions)}`);
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: context.model.positions.range(start[match.start]!, end[match.end - 1]!),
  };
}
