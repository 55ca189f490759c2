import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { localize } from '../l10n';
import { PARSE_OPTIONS } from '../parse/chunks';
import type { ScriptModel } from '../parse/scriptModel';
import { parseWaivers } from '../waivers/parseWaivers';
import type { FeatureContext } from './context';
import { lineBreak } from './sectionFix';

/** Rules a waiver never silences, so no waiver is offered for them. */
const NOT_WAIVABLE = new Set(['waiver-reason', 'unused-waiver', 'config']);

/** What may stand before a node on its line for that line to start outside any string. */
const STRUCTURE_ONLY = /^\ufeff?[ \t]*(?:-[ \t]+)*(?:[\w-]+:[ \t]+)?$/;

/**
 * The edits that waive one diagnostic with a comment whose reason is left for the writer
 * to fill in (until then `waiver-reason` reminds them). A problem on the first line of a
 * string gets `huashu-disable-next-line` above it; one further down a multi-line string,
 * where a comment line would break the string, gets a disable/enable pair around it. The
 * new comment goes above the `disable-next-line` comments already standing over that line,
 * so that they keep covering what they covered. Where the string's line does not start
 * outside every string (a flow collection after a multi-line quoted value), or the problem
 * is outside the strings, the places of `fallbacks` are tried, and a place is offered only
 * when the re-parsed document keeps every value.
 */
export function waiverFix(
  context: FeatureContext,
  diagnostic: Diagnostic,
): { title: string; edits: TextEdit[] } | undefined {
  const code = String(diagnostic.code);
  if (diagnostic.source !== 'huashu' || NOT_WAIVABLE.has(code)) return undefined;
  const { model, settings } = context;
  const { positions } = model;
  const title = localize(
    { zh: '用注释豁免这个问题（{rule}）', en: 'Waive this problem with a comment ({rule})' },
    settings.locale,
    { rule: code },
  );
  const at = positions.offset(diagnostic.range.start);
  const speech = model.speech.find((s) => s.node.range && s.node.range[0] <= at && at <= s.node.range[1]);
  const start = speech ? speech.node.range![0] : at;
  if (speech && startsLine(model, start)) {
    const [, end] = speech.node.range!;
    const firstLine = positions.position(start).line;
    if (diagnostic.range.start.line === firstLine) return { title, edits: [nextLineWaiver(model, firstLine, code)] };
    const edits = blockWaiver(model, firstLine, positions.position(Math.max(start, end - 1)).line, code);
    return endsLine(model, end) || keepsValues(model, edits) ? { title, edits } : undefined;
  }
  const edits = fallbacks(model, start, diagnostic.range.start.line, code, !speech).find((e) => keepsValues(model, e));
  return edits ? { title, edits } : undefined;
}

/**
 * Other places for the comment, nearest first, each to be checked by re-parsing: above the
 * problem's line (for a problem outside the strings), above its turn (which the comment then
 * covers), or a disable/enable pair around its top-level key.
 */
function fallbacks(
  model: ScriptModel,
  start: number,
  line: number,
  code: string,
  outsideStrings: boolean,
): TextEdit[][] {
  const { positions } = model;
  const out: TextEdit[][] = [];
  if (outsideStrings) out.push([nextLineWaiver(model, line, code)]);
  const turn = model.turns.find((t) => t.node.range && t.node.range[0] <= start && start < t.node.range[1]);
  if (turn && startsLine(model, turn.node.range![0]))
    out.push([nextLineWaiver(model, positions.position(turn.node.range![0]).line, code)]);
  const pair = [...model.keys.values()].find(
    (p) => p.key.range && p.key.range[0] <= start && start < ((p.value as Node | null)?.range?.[1] ?? 0),
  );
  if (pair && startsLine(model, pair.key.range![0])) {
    const end = Math.max(start, (pair.value as Node).range![1] - 1);
    out.push(blockWaiver(model, positions.position(pair.key.range![0]).line, positions.position(end).line, code));
  }
  return out;
}

/** Whether only indentation, `- ` and a plain key stand before `offset` on its line. */
function startsLine({ positions, text }: ScriptModel, offset: number): boolean {
  const lineStart = positions.offset({ line: positions.position(offset).line, character: 0 });
  return STRUCTURE_ONLY.test(text.slice(lineStart, offset));
}

/** Whether nothing but blanks and a comment follow `offset` on its line (or it starts a line). */
function endsLine({ positions, text }: ScriptModel, offset: number): boolean {
  const here = positions.position(offset);
  if (here.character === 0) return true;
  return /^[ \t]*(?:#.*)?$/.test(
    text.slice(offset, positions.offset({ line: here.line, character: Number.MAX_SAFE_INTEGER })),
  );
}

/** Where a comment line above `line` goes, and its indentation. */
function commentLine(
  model: ScriptModel,
  line: number,
): { at: { line: number; character: number }; indent: string; eol: string } {
  const { positions, text } = model;
  const lineStart = positions.offset({ line, character: 0 });
  const bom = lineStart === 0 && text.startsWith('\ufeff') ? 1 : 0;
  const indent = /^[ \t]*/.exec(text.slice(lineStart + bom))![0];
  const top = aboveWaivers(model, line);
  return { at: { line: top, character: top === 0 ? bom : 0 }, indent, eol: lineBreak(text) };
}

function nextLineWaiver(model: ScriptModel, line: number, code: string): TextEdit {
  const { at, indent, eol } = commentLine(model, line);
  return { range: { start: at, end: at }, newText: `${indent}# huashu-disable-next-line ${code} -- ${eol}` };
}

function blockWaiver(model: ScriptModel, firstLine: number, lastLine: number, code: string): TextEdit[] {
  const { positions } = model;
  const { at, indent, eol } = commentLine(model, firstLine);
  const after = { line: lastLine + 1, character: 0 };
  const atLineStart = positions.position(positions.offset(after)).character === 0;
  return [
    { range: { start: at, end: at }, newText: `${indent}# huashu-disable ${code} -- ${eol}` },
    { range: { start: after, end: after }, newText: `${atLineStart ? '' : eol}${indent}# huashu-enable ${code}${eol}` },
  ];
}

/** The first line of the `disable-next-line` comments standing right above `line` (else `line`). */
function aboveWaivers(model: ScriptModel, line: number): number {
  const nextLine = new Set(
    parseWaivers(model)
      .filter((w) => w.ownLine && w.kind === 'disable-next-line')
      .map((w) => w.line),
  );
  let top = line;
  while (nextLine.has(top - 1)) top--;
  return top;
}

/** Whether the document with `edits` applied parses with no new errors and every value as before. */
function keepsValues(model: ScriptModel, edits: TextEdit[]): boolean {
  const { positions, text } = model;
  const spans = edits
    .map((e) => ({ at: positions.offset(e.range.start), newText: e.newText }))
    .sort((a, b) => b.at - a.at);
  const edited = spans.reduce((t, e) => t.slice(0, e.at) + e.newText + t.slice(e.at), text);
  try {
    const doc = parseDocument(edited, PARSE_OPTIONS);
    return (
      doc.errors.length <= model.doc.errors.length && JSON.stringify(doc.toJS()) === JSON.stringify(model.doc.toJS())
    );
  } catch {
    return false;
  }
}
