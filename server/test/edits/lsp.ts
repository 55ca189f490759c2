import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { expandSnippet } from '../cursor';

/** Applies edits the way the LSP specification says a client does (line breaks `\n`, `\r\n` and `\r`). */
export function applyLsp(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///t.script.yaml', 'huashu', 1, text), [...edits]);
}

/** The edits of a code action for `uri`. */
export function actionEdits(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

/** The text edit a completion item makes, with its snippet expanded as an editor would once tab stops are accepted. */
export function completionEdit(item: CompletionItem): TextEdit {
  const edit = item.textEdit as TextEdit;
  return { range: edit.range, newText: item.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText };
}
