import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { FeatureContext } from './context';
import { validate } from './diagnostics';
import { fixesFor, type Fix } from './quickFixes';
import { waiverFix } from './waiverFix';

/** The kind of the action that applies every preferred fix, e.g. on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.huashu`;

function workspaceEdit(uri: string, edits: TextEdit[]) {
  return { changes: { [uri]: edits } };
}

/** Keeps the edits that do not overlap an earlier kept one, in document order. */
function nonOverlapping(context: FeatureContext, edits: TextEdit[]): TextEdit[] {
  const { positions } = context.model;
  const spans = edits
    .map((edit, i) => ({ edit, i, start: positions.offset(edit.range.start), end: positions.offset(edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const kept: TextEdit[] = [];
  let reached = -1;
  for (const span of spans) {
    if (span.start < reached) continue;
    kept.push(span.edit);
    reached = Math.max(reached, span.end);
  }
  return kept;
}

/** One action applying the preferred fix of each of `fixes`. */
function fixAllAction(context: FeatureContext, uri: string, title: string, kind: string, fixes: FileFix[]): CodeAction {
  return {
    title,
    kind,
    diagnostics: fixes.map((f) => f.diagnostic),
    edit: workspaceEdit(uri, nonOverlapping(context, fixes.map((f) => f.fix.edit))),
  };
}

interface FileFix {
  diagnostic: Diagnostic;
  fix: Fix;
}

/**
 * Quick fixes for the diagnostics of the request, from their `code` and `data` alone; then
 * "fix all" of a rule that has two or more fixable problems in the file, and the source
 * action that applies the preferred fix of every fixable problem. Those two re-check the
 * document, so they work from the file's diagnostics, not only the requested ones.
 */
export function codeActions(context: FeatureContext, uri: string, _range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const { locale } = context.settings;
  const actions: CodeAction[] = [];
  const requested = new Set<string>();
  for (const d of diagnostics) {
    fixesFor(context, d).forEach((fix, i) => {
      requested.add(String(d.code));
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        ...(i === 0 ? { isPreferred: true } : {}),
        edit: workspaceEdit(uri, [fix.edit]),
      });
    });
  }
  for (const d of diagnostics) {
    const waiver = waiverFix(context, d);
    if (waiver) actions.push({ title: waiver.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(uri, waiver.edits) });
  }

  // Re-checking the file costs a validate: only when a rule-wide fix can follow from the
  // requested problems, or the source fix-all was asked for (editors ask on every cursor move).
  const wantsFixAll = only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)) ?? false;
  if (requested.size === 0 && !wantsFixAll) return actions;
  const fileFixes: FileFix[] = validate(context).flatMap((diagnostic) => {
    const fix = fixesFor(context, diagnostic)[0];
    return fix ? [{ diagnostic, fix }] : [];
  });
  for (const rule of requested) {
    const ofRule = fileFixes.filter((f) => f.diagnostic.code === rule);
    if (ofRule.length < 2) continue;
    const title = localize({ zh: '修复此文件中所有 {rule} 问题', en: 'Fix all {rule} problems in this file' }, locale, { rule });
    actions.push(fixAllAction(context, uri, title, CodeActionKind.QuickFix, ofRule));
  }
  if (wantsFixAll && fileFixes.length > 0) {
    const title = localize({ zh: '修复所有可自动修复的 Huashu 问题', en: 'Fix all auto-fixable Huashu problems' }, locale);
    actions.push(fixAllAction(context, uri, title, FIX_ALL_KIND, fileFixes));
  }
  return actions;
}
