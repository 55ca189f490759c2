import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { Speech } from '../parse/scriptModel';
import { nearestName } from '../rules/unknownPlaceholder';
import type { FeatureContext } from './context';
import { escapeMarkdown } from './markdown';

/** The same placeholder syntax the unknown-placeholder rule checks. */
const USE = /\{([^{}\s]*)\}/g;

/** The placeholder `{name}` at `offset`: what it stands for, or the nearest known name. */
export function placeholderHover(context: FeatureContext, speech: Speech, offset: number): Hover | null {
  const { book, placeholderNames } = context.phrasebook;
  const { locale } = context.settings;
  const { value, start, end } = speech.text;
  for (const m of value.matchAll(USE)) {
    const from = start[m.index]!;
    const to = end[m.index + m[0].length - 1]!;
    if (offset < from || offset > to) continue;
    const name = m[1]!;
    const aliasOf = book.placeholderAliases.get(name);
    const known = book.placeholders.get(aliasOf ?? name);
    let text: string;
    if (known && aliasOf !== undefined) {
      text = localize(
        { zh: '**{name}** 即 **{target}**：{description}', en: '**{name}** stands for **{target}**: {description}' },
        locale,
        {
          name: escapeMarkdown(m[0]),
          target: `{${aliasOf}}`,
          description: escapeMarkdown(known.description[locale]),
        },
      );
    } else if (known) {
      text = `**${escapeMarkdown(m[0])}** — ${escapeMarkdown(known.description[locale])}`;
    } else {
      const near = nearestName(name, placeholderNames);
      const nearDescription = near ? book.placeholders.get(near)!.description[locale] : '';
      text = near
        ? localize(
            {
              zh: '未知的占位符 **{name}**。最接近的已知占位符是 **{near}**：{description}',
              en: 'Unknown placeholder **{name}**. The nearest known one is **{near}**: {description}',
            },
            locale,
            { name: escapeMarkdown(m[0]), near: `{${near}}`, description: escapeMarkdown(nearDescription) },
          )
        : localize(
            {
              zh: '未知的占位符 **{name}**。已知的有：{known}',
              en: 'Unknown placeholder **{name}**. Known placeholders: {known}',
            },
            locale,
            { name: escapeMarkdown(m[0]), known: placeholderNames.map((k) => `\`{${k}}\``).join(', ') },
          );
    }
    return { contents: { kind: MarkupKind.Markdown, value: text }, range: context.model.positions.range(from, to) };
  }
  return null;
}
