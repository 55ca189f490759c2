import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { ScriptModel } from '../parse/scriptModel';
import { parseWaivers } from '../waivers/parseWaivers';
import type { FeatureContext } from './context';

/** Rules a waiver never silences, so no waiver is offered for them. */
const NOT_WAIVABLE = new Set(['waiver-reason', 'unused-waiver', 'config']);

/**
 * The edits that waive one diagnostic with a comment whose reason is left for the writer
 * to fill in (until then `waiver-reason` reminds them). A problem on the first line of a
 * string gets `huashu-disable-next-line` above it; one further down a multi-line string,
 * where a comment line would break the string, gets a disable/enable pair around it.
 * The new comment goes above the `disable-next-line` comments already standing over that
 * line, so that they keep covering what they covered.
 */
export function waiverFix(context: FeatureContext, diagnostic: Diagnostic): { title: string; edits: TextEdit[] } | undefined {
  const code = String(diagnostic.code);
  if (diagnostic.source !== 'huashu' || NOT_WAIVABLE.has(code)) return undefined;
  const { model, settings } = context;
  const { positions, text } = model;
  const at = positions.offset(diagnostic.range.start);
  const speech = model.speech.find((s) => s.node.range && s.node.range[0] <= at && at <= s.node.range[1]);
  const firstLine = speech ? positions.position(speech.node.range![0]).line : diagnostic.range.start.line;
  const lastLine = speech ? positions.position(Math.max(speech.node.range![0], speech.node.range![1] - 1)).line : firstLine;
  const lineStart = positions.offset({ line: firstLine, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const insertAt = { line: aboveWaivers(model, firstLine), character: 0 };
  const title = localize({ zh: '用注释豁免这个问题（{rule}）', en: 'Waive this problem with a comment ({rule})' }, settings.locale, { rule: code });
  if (diagnostic.range.start.line === firstLine) {
    return { title, edits: [{ range: { start: insertAt, end: insertAt }, newText: `${indent}# huashu-disable-next-line ${code} -- \n` }] };
  }
  const after = { line: lastLine + 1, character: 0 };
  const endsWithNewline = positions.offset(after) > positions.offset({ line: lastLine, character: Number.MAX_SAFE_INTEGER });
  return {
    title,
    edits: [
      { range: { start: insertAt, end: insertAt }, newText: `${indent}# huashu-disable ${code} -- \n` },
      { range: { start: after, end: after }, newText: `${endsWithNewline ? '' : '\n'}${indent}# huashu-enable ${code}\n` },
    ],
  };
}

/** The first line of the `disable-next-line` comments standing right above `line` (else `line`). */
function aboveWaivers(model: ScriptModel, line: number): number {
  const nextLine = new Set(parseWaivers(model).filter((w) => w.ownLine && w.kind === 'disable-next-line').map((w) => w.line));
  let top = line;
  while (nextLine.has(top - 1)) top--;
  return top;
}
