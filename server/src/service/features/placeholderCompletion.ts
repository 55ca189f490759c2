import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { flowAround, opensFlow } from '../edit/scalarPlace';
import { singleFragment } from '../edit/valueWriter';
import { astHit } from './astPath';
import type { FeatureContext } from './context';
import { escapeSnippet } from './snippets';
import { lineShape } from './yamlLines';

/** `{` and the start of a placeholder name, right before the cursor. */
const OPEN = /\{([A-Za-z0-9_]*)$/;

/** The part of a placeholder's description before its colon: 工号, Agent ID. */
function shortName(description: string): string {
  return description.split(/[：:]/)[0]!.trim();
}

/** In a flow collection, where the current item's text starts: after the `[`, `{` or `,` before it. */
function flowItemStart(text: string, from: number): number {
  let at = from;
  while (at > 0 && !'[{,'.includes(text[at - 1]!) && text[at - 1] !== '\n') at--;
  while (at < from && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}

/**
 * The known placeholders, when the text left of the cursor opens one (`{`, `{cus`). The
 * edit replaces the `{`, the partial name and a `}` the editor closed it with. A `{` that
 * starts a plain value would make YAML read a mapping, and in a flow collection it is a
 * bracket: there the value (the item's text so far and the placeholder) is single-quoted.
 */
export function placeholderItems(
  context: FeatureContext,
  offset: number,
  before: string,
): CompletionItem[] | undefined {
  const open = OPEN.exec(before);
  if (!open) return undefined;
  const { model, settings } = context;
  const brace = offset - open[0].length;
  if (model.doc.errors.length === 0 && opensFlow(model.doc, brace)) return [];
  const end = model.text[offset] === '}' ? offset + 1 : offset;
  const shape = lineShape(before.slice(0, open.index));
  const braceColumn = open.index;
  const hit = astHit(model.doc, brace);
  const inQuotes = !!hit && !hit.isKey && hit.node.type !== 'PLAIN' && hit.node.range![0] < brace;
  const inFlowItem =
    !inQuotes &&
    flowAround(model.doc, brace) &&
    !/['"]/.test(model.text.slice(flowItemStart(model.text, brace), brace));
  const from = inFlowItem ? flowItemStart(model.text, brace) : brace;
  const lead = model.text.slice(from, brace);
  const startsValue =
    (shape.key && shape.key.valueColumn === braceColumn) ||
    (!shape.key && shape.dashes.length > 0 && shape.column === braceColumn);
  const startsPlainValue = inFlowItem || (!inQuotes && !!startsValue);
  const range = model.positions.range(from, end);
  return [...context.phrasebook.book.placeholders.values()].flatMap((placeholder, i): CompletionItem[] => {
    const label = `{${placeholder.name}}`;
    const description = placeholder.description[settings.locale];
    const quoted = singleFragment(lead + label);
    if (startsPlainValue && quoted === undefined) return [];
    return [
      {
        label,
        kind: CompletionItemKind.Variable,
        detail: shortName(description),
        documentation: { kind: MarkupKind.Markdown, value: description },
        sortText: String(i).padStart(3, '0'),
        ...(startsPlainValue ? { filterText: lead + label } : {}),
        textEdit: { range, newText: startsPlainValue ? `'${escapeSnippet(quoted!)}$0'` : label },
        insertTextFormat: startsPlainValue ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      },
    ];
  });
}
