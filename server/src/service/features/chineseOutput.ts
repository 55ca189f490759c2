import { CompletionItemKind } from 'vscode-languageserver-types';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-types';
import { languageOf, type Language } from '../l10n';
import type { ScriptModel } from '../parse/scriptModel';
import type { CheckSettings } from '../settings';
import type { WaivedDiagnostic } from '../waivers/applyWaivers';
import type { CheckResult } from './diagnostics';
import { TAIWAN_FORMS, writerForms, type ChineseForms } from './chineseForms';
import { isMostlyTraditional, toTraditional } from './traditional';

/**
 * How Huashu writes Chinese for one script under one setting. The Chinese of messages
 * (diagnostics, hovers, fix titles, completion details) is Traditional with the `zh-tw`
 * locale, and in a script written in Traditional whatever the locale (an English message
 * quotes the phrases to say in Traditional there). Inserted text is Traditional in a script
 * written in Traditional. Traditional follows the script's own forms (為 or 爲).
 */
export interface ChineseOutput {
  /** The language features pick messages in. */
  language: Language;
  /** Converts a message (identity unless messages are Traditional). */
  message(text: string): string;
  /** Messages are written in Traditional. */
  traditionalMessages: boolean;
  /** The script is written in Traditional: inserted text is converted with `forms`. */
  insertsTraditional: boolean;
  forms: ChineseForms;
  /** Nothing is converted (a Simplified script, messages not Traditional): results pass through as they are. */
  identity: boolean;
}

/** Messages already converted, per set of forms: completion details and documentation come back on every request. */
const converted = new WeakMap<ChineseForms, Map<string, string>>();
const MAX_CONVERTED = 4096;

function traditionalMessage(text: string, forms: ChineseForms): string {
  let known = converted.get(forms);
  if (!known) converted.set(forms, (known = new Map()));
  let result = known.get(text);
  if (result === undefined) {
    if (known.size >= MAX_CONVERTED) known.clear();
    known.set(text, (result = toTraditional(text, forms)));
  }
  return result;
}

export function chineseOutput(model: ScriptModel, settings: CheckSettings): ChineseOutput {
  const traditionalScript = isMostlyTraditional(model);
  const forms = traditionalScript ? writerForms(model) : TAIWAN_FORMS;
  const traditionalMessages = settings.locale === 'zh-tw' || traditionalScript;
  return {
    language: languageOf(settings.locale),
    message: traditionalMessages ? (text) => traditionalMessage(text, forms) : (text) => text,
    traditionalMessages,
    insertsTraditional: traditionalScript,
    forms,
    identity: !traditionalMessages && !traditionalScript,
  };
}

const messageIn = (out: ChineseOutput, d: Diagnostic): Diagnostic => ({
  ...d,
  message:
    typeof d.message === 'string' ? out.message(d.message) : { ...d.message, value: out.message(d.message.value) },
});

export function diagnosticsIn(out: ChineseOutput, diagnostics: Diagnostic[]): Diagnostic[] {
  if (out.identity) return diagnostics;
  return diagnostics.map((d) => messageIn(out, d));
}

export function checkResultIn(out: ChineseOutput, result: CheckResult): CheckResult {
  if (out.identity) return result;
  const suppressed = result.suppressed.map((s): WaivedDiagnostic => ({
    ...s,
    diagnostic: messageIn(out, s.diagnostic),
  }));
  return { ...result, diagnostics: diagnosticsIn(out, result.diagnostics), suppressed };
}

export function hoverIn(out: ChineseOutput, hover: Hover | null): Hover | null {
  if (!hover || out.identity) return hover;
  const { contents } = hover;
  if (typeof contents === 'string') return { ...hover, contents: out.message(contents) };
  if ('kind' in contents) return { ...hover, contents: { ...contents, value: out.message(contents.value) } };
  return hover;
}

/**
 * Fix titles are messages. Of the edits, insertions (a missing greeting or closing, a waiver
 * comment) are Huashu's own text and become Traditional in a Traditional script; replacements
 * come from the diagnostic's `data.replacements`, converted when the diagnostic was made.
 */
export function codeActionsIn(out: ChineseOutput, actions: CodeAction[]): CodeAction[] {
  if (out.identity) return actions;
  const insertion = (e: TextEdit): TextEdit => {
    const empty = e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
    return out.insertsTraditional && empty ? { ...e, newText: toTraditional(e.newText, out.forms) } : e;
  };
  return actions.map((a) => {
    const changes = a.edit?.changes;
    const edit = changes
      ? {
          ...a.edit,
          changes: Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [uri, edits.map(insertion)])),
        }
      : a.edit;
    return { ...a, title: out.message(a.title), ...(edit ? { edit } : {}) };
  });
}

const PHRASE_KINDS: ReadonlySet<CompletionItemKind> = new Set([CompletionItemKind.Text, CompletionItemKind.Snippet]);

/** How an output writes completion items: outputs alike write an item alike. */
interface OutputKey {
  language: Language;
  forms: ChineseForms;
  insertsTraditional: boolean;
  traditionalMessages: boolean;
}
const sameOutput = (a: OutputKey, b: OutputKey) =>
  a.language === b.language &&
  a.forms === b.forms &&
  a.insertsTraditional === b.insertsTraditional &&
  a.traditionalMessages === b.traditionalMessages;

/**
 * Items and lists already written, by the service's item or list: while the writer types on,
 * the service gives the same items again (see `phraseItems`), and they are written once.
 * Only frozen items and lists are shared, and only they are kept.
 */
const convertedItems = new WeakMap<CompletionItem, { out: OutputKey; item: CompletionItem }>();
const convertedLists = new WeakMap<readonly CompletionItem[], { out: OutputKey; items: CompletionItem[] }>();

/** A list with its items written as `out` writes them; the same items written alike give the same array. */
export function completionListIn(out: ChineseOutput, list: CompletionList): CompletionList {
  if (out.identity) return list;
  const known = convertedLists.get(list.items);
  if (known && sameOutput(known.out, out)) return { ...list, items: known.items };
  const items = list.items.map((item) => {
    const done = convertedItems.get(item);
    if (done && sameOutput(done.out, out)) return done.item;
    const converted = completionIn(out, item);
    if (Object.isFrozen(item)) convertedItems.set(item, { out, item: Object.freeze(converted) });
    return converted;
  });
  if (!Object.isFrozen(list.items)) return { ...list, items };
  convertedLists.set(list.items, { out, items: Object.freeze(items) as CompletionItem[] });
  return { ...list, items };
}

/**
 * Details and documentation are messages. Phrases, converted by the catalog in OpenCC's
 * standard forms for a Traditional script, take the script's own forms.
 */
function completionIn(out: ChineseOutput, item: CompletionItem): CompletionItem {
  const converted: CompletionItem = { ...item };
  if (item.detail !== undefined) converted.detail = out.message(item.detail);
  const doc = item.documentation;
  if (doc !== undefined)
    converted.documentation =
      typeof doc === 'string' ? out.message(doc) : ({ ...doc, value: out.message(doc.value) } as MarkupContent);
  if (out.insertsTraditional && item.kind !== undefined && PHRASE_KINDS.has(item.kind)) {
    converted.label = out.forms.apply(item.label);
    if (item.filterText !== undefined) converted.filterText = out.forms.apply(item.filterText);
    if (item.insertText !== undefined) converted.insertText = out.forms.apply(item.insertText);
    if (item.textEditText !== undefined) converted.textEditText = out.forms.apply(item.textEditText);
    if (item.textEdit) converted.textEdit = { ...item.textEdit, newText: out.forms.apply(item.textEdit.newText) };
  }
  return converted;
}
