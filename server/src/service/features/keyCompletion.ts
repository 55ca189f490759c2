import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver-types';
import type { Command, CompletionItem, Range } from 'vscode-languageserver-types';
import type { Language, Message } from '../l10n';
import { TOP_KEYS, TURN_KEYS, VARIANT_KEYS } from '../parse/scriptModel';
import type { FeatureContext } from './context';
import type { CursorContext } from './cursorContext';
import { TOP_KEY_DOCS, TURN_KEY_DOCS, VARIANT_KEY_DOCS } from './keyDocs';
import { phraseCatalog } from './phraseCatalog';
import { siblingKeys } from './yamlLines';

/** Asks the editor for completions again, for keys whose values Huashu completes. */
const SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
const SUGGEST_AFTER = new Set([
  'greeting',
  'closing',
  'channel',
  'steps',
  'scenarios',
  'agent',
  'next',
  'otherwise',
  'end',
]);
/** Keys whose value starts on the next line. */
const BLOCK_VALUE: Record<string, string> = {
  steps: 'steps:\n  - $0',
  scenarios: 'scenarios:\n  $0',
  branches: 'branches:\n  - answer: $1\n    next: $0',
  turns: 'turns:\n  - $0',
};

/** Completion items for `keys`; `renaming`: the key's colon already follows the cursor. */
export function keyItems(
  keys: readonly string[],
  docs: Record<string, Message>,
  range: Range,
  locale: Language,
  renaming: boolean,
): CompletionItem[] {
  // A block value below an indented key is indented here, and the editor told to insert it as is.
  const indent = ' '.repeat(range.start.character);
  return keys.map((key, i) => {
    const snippet = renaming ? undefined : BLOCK_VALUE[key];
    const block = indent && snippet ? snippet.replace(/\n/g, `\n${indent}`) : snippet;
    return {
      label: key,
      kind: CompletionItemKind.Property,
      documentation: { kind: MarkupKind.Markdown, value: docs[key]![locale] },
      sortText: String(i).padStart(2, '0'),
      textEdit: { range, newText: block ?? (renaming ? key : `${key}: `) },
      insertTextFormat: block ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      ...(block && indent ? { insertTextMode: InsertTextMode.asIs } : {}),
      ...(SUGGEST_AFTER.has(key) && !renaming ? { command: SUGGEST } : {}),
    };
  });
}

export const colonFollows = (context: FeatureContext, cursor: CursorContext) => context.model.text[cursor.end] === ':';

/** Top-level keys the script does not have yet. */
export function topKeyItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const { model } = context;
  const present = new Set<string>();
  for (const [name, pair] of model.keys) {
    const at = pair.key.range?.[0];
    if (at === undefined || model.positions.position(at).line !== cursor.line) present.add(name);
  }
  return keyItems(
    TOP_KEYS.filter((k) => !present.has(k)),
    TOP_KEY_DOCS,
    range,
    context.settings.locale,
    colonFollows(context, cursor),
  );
}

/** Keys a turn does not have yet; only one of agent and customer. */
export function turnKeyItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const present = siblingKeys(context.model, cursor.line, cursor.column, cursor.itemStart);
  const speaks = present.has('agent') || present.has('customer');
  const keys = TURN_KEYS.filter((k) => !present.has(k) && !(speaks && (k === 'agent' || k === 'customer')));
  return keyItems(keys, TURN_KEY_DOCS, range, context.settings.locale, colonFollows(context, cursor));
}

/** Keys of a greeting or closing variant it does not have yet. */
export function variantKeyItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const present = siblingKeys(context.model, cursor.line, cursor.column, cursor.itemStart);
  return keyItems(
    VARIANT_KEYS.filter((k) => !present.has(k)),
    VARIANT_KEY_DOCS,
    range,
    context.settings.locale,
    colonFollows(context, cursor),
  );
}

/** Scenario names: the phrasebook's situations the script has no scenario for yet. */
export function scenarioNameItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const { locale } = context.settings;
  const present = siblingKeys(context.model, cursor.line, cursor.column, false);
  const { phrases, situations } = phraseCatalog(context.phrasebook);
  return situations
    .filter((s) => !present.has(s))
    .map((situation, i) => {
      const examples = phrases.filter((p) => p.phrase.situation === situation).map((p) => `- ${p.phrase.text}`);
      return {
        label: situation,
        kind: CompletionItemKind.Module,
        detail:
          locale === 'zh' ? `特殊情景（${examples.length} 条用语）` : `Special situation (${examples.length} phrases)`,
        documentation: { kind: MarkupKind.Markdown, value: examples.join('\n') },
        sortText: String(i).padStart(3, '0'),
        textEdit: { range, newText: `${situation}:` },
      };
    });
}
