import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';
import { escapeSnippet } from './snippets';
import { lineShape } from './yamlLines';

/** `{` and the start of a placeholder name, right before the cursor. */
const OPEN = /\{([A-Za-z0-9_]*)$/;

/** The part of a placeholder's description before its colon: 工号, Agent ID. */
function shortName(description: string): string {
  return description.split(/[：:]/)[0]!.trim();
}

/**
 * The known placeholders, when the text left of the cursor opens one (`{`, `{cus`). The
 * edit replaces the `{`, the partial name and a `}` the editor closed it with. A `{` that
 * starts a plain value would make YAML read a mapping, so there the value is single-quoted.
 */
export function placeholderItems(context: FeatureContext, offset: number, before: string): CompletionItem[] | undefined {
  const open = OPEN.exec(before);
  if (!open) return undefined;
  const { model, settings } = context;
  const brace = offset - open[0].length;
  const end = model.text[offset] === '}' ? offset + 1 : offset;
  const range = model.positions.range(brace, end);
  const shape = lineShape(before.slice(0, open.index));
  const braceColumn = open.index;
  const startsPlainValue =
    (shape.key && shape.key.valueColumn === braceColumn) || (!shape.key && shape.dashes.length > 0 && shape.column === braceColumn);
  return [...context.phrasebook.book.placeholders.values()].map((placeholder, i) => {
    const label = `{${placeholder.name}}`;
    const description = placeholder.description[settings.locale];
    return {
      label,
      kind: CompletionItemKind.Variable,
      detail: shortName(description),
      documentation: { kind: MarkupKind.Markdown, value: description },
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: startsPlainValue ? `'${escapeSnippet(label)}$0'` : label },
      insertTextFormat: startsPlainValue ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
  });
}
