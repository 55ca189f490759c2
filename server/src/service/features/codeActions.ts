import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { fixAll } from '../edit/fixAll';
import { localize } from '../l10n';
import type { FeatureContext } from './context';
import { fixesFor, preferredFix } from './quickFixes';
import { waiverFix } from './waiverFix';

/** The kind of the action that applies every preferred fix, e.g. on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.huashu`;

/**
 * Whether actions of `kind` are asked for by a request's `only`: no `only` asks for every
 * kind, and a kind covers the kinds below it (`source.fixAll` covers `source.fixAll.huashu`).
 */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

function workspaceEdit(uri: string, edits: TextEdit[]) {
  return { changes: { [uri]: edits } };
}

/** The fix-all of the diagnostics `wanted` keeps, as an action; undefined when there is nothing to fix. */
function fixAllAction(
  context: FeatureContext,
  uri: string,
  title: string,
  kind: string,
  wanted: (d: Diagnostic) => boolean,
  { least, rounds }: { least: number; rounds?: number },
): CodeAction | undefined {
  const { diagnostics, edits } = fixAll(context, wanted, preferredFix, rounds);
  if (diagnostics.length < least || edits.length === 0) return undefined;
  const { positions } = context.model;
  return {
    title,
    kind,
    diagnostics,
    edit: workspaceEdit(
      uri,
      edits.map((e) => ({ range: positions.range(e.start, e.end), newText: e.newText })),
    ),
  };
}

/**
 * Quick fixes for the diagnostics of the request, from their `code` and `data` alone; then
 * "fix all" of a rule that has two or more fixable problems in the file, and the source
 * action that applies the preferred fix of every fixable problem. Those two re-check the
 * document until nothing is left to fix, so they work from the file's diagnostics, not only
 * the requested ones, and applying them twice changes nothing the second time.
 */
export function codeActions(
  context: FeatureContext,
  uri: string,
  _range: Range,
  diagnostics: Diagnostic[],
  only?: string[],
): CodeAction[] {
  const { locale } = context.settings;
  const actions: CodeAction[] = [];
  const requested = new Set<string>();
  if (kindRequested(CodeActionKind.QuickFix, only)) {
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
      if (waiver)
        actions.push({
          title: waiver.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: workspaceEdit(uri, waiver.edits),
        });
    }
  }
  // A rule-wide fix re-checks the file: only when the requested problems have fixes (editors
  // ask on every cursor move, so it takes one round), or the source fix-all was asked for
  // explicitly (which rounds until nothing is left to fix).
  for (const rule of requested) {
    const title = localize({ zh: '修复此文件中所有 {rule} 问题', en: 'Fix all {rule} problems in this file' }, locale, {
      rule,
    });
    const action = fixAllAction(context, uri, title, CodeActionKind.QuickFix, (d) => d.code === rule, {
      least: 2,
      rounds: 1,
    });
    if (action) actions.push(action);
  }
  if (only?.some((kind) => kind !== '' && kindRequested(FIX_ALL_KIND, [kind]))) {
    const title = localize(
      { zh: '修复所有可自动修复的 Huashu 问题', en: 'Fix all auto-fixable Huashu problems' },
      locale,
    );
    const action = fixAllAction(context, uri, title, FIX_ALL_KIND, () => true, { least: 1 });
    if (action) actions.push(action);
  }
  return actions;
}
