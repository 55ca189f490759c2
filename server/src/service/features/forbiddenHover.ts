import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { Speech } from '../parse/scriptModel';
import type { FeatureContext } from './context';
import { bullets, escapeMarkdown } from './markdown';

/**
 * The forbidden phrase of agent speech at `offset`: its category, why it hurts and the
 * approved phrases to say instead. Matches are found as the forbidden-phrase rule finds them.
 */
export function forbiddenHover(context: FeatureContext, speech: Speech, offset: number): Hover | null {
  if (speech.role !== 'agent') return null;
  const { book, forbiddenMatcher } = context.phrasebook;
  const { locale } = context.settings;
  const { value, start, end } = speech.text;
  const matches = forbiddenMatcher.scan(value).sort((a, b) => a.start - b.start || b.end - a.end || a.phrase - b.phrase);
  for (const match of matches) {
    const from = start[match.start]!;
    const to = end[match.end - 1]!;
    if (offset < from || offset > to) continue;
    const entry = book.forbidden[match.phrase]!;
    const category = book.forbiddenCategories.get(entry.category);
    const suggestions = entry.suggest.flatMap((id) => {
      const phrase = book.approvedById.get(id);
      return phrase ? [phrase.text] : [];
    });
    const heading = localize(
      { zh: '**服务忌语 · {category}**：“{text}”', en: '**Forbidden phrase · {category}**: “{text}”' },
      locale,
      { category: escapeMarkdown(category?.name[locale] ?? entry.category), text: escapeMarkdown(value.slice(match.start, match.end)) },
    );
    const parts = [heading];
    if (category?.why) parts.push(escapeMarkdown(category.why[locale]));
    if (suggestions.length > 0) {
      parts.push(`${localize({ zh: '请改说：', en: 'Say instead:' }, locale)}\n${bullets(suggestions)}`);
    }
    return {
      contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
      range: context.model.positions.range(from, to),
    };
  }
  return null;
}
