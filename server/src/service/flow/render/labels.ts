import { localize, type Locale } from '../../l10n';
import type { FlowEdge, FlowEntry, FlowNode } from '../types';
import { renderMessages as M } from './messages';
import type { NodeFindings, SeverityLevel } from './nodeFindings';

/** How many characters of a turn's text a node shows. */
export const FIRST_WORDS = 16;

/** The opening of a text on one line: blanks and control characters folded, cut at FIRST_WORDS with an ellipsis. */
export function firstWords(text: string, max = FIRST_WORDS): string {
  // Enough of the text for `max` characters after blanks fold (a long turn is not scanned whole).
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const line = head.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= max ? line : chars.slice(0, max).join('') + '…';
}

/** Seconds as the picture shows them: whole seconds, one decimal under ten. */
export function formatSeconds(seconds: number): string {
  return seconds < 10 ? String(Math.round(seconds * 10) / 10) : String(Math.round(seconds));
}

/** The lines of a node's label, as plain text: who speaks (or which section) and for how long, the first words, the findings. */
export function nodeLabel(node: FlowNode, findings: NodeFindings | undefined, locale: Locale): string[] {
  const head: string[] = [];
  if (node.kind === 'ending') head.push(localize(node.ending === 'transfer' ? M.transfer : M.hangup, locale));
  else if (node.kind === 'greeting') head.push(localize(M.greeting, locale));
  else if (node.kind === 'closing') head.push(localize(M.closing, locale));
  else if (node.speaker !== 'none') head.push(localize(node.speaker === 'agent' ? M.agent : M.customer, locale));
  if (node.id !== undefined) head.push(firstWords(node.id));
  if (node.seconds > 0) head.push(localize(M.seconds, locale, { seconds: formatSeconds(node.seconds) }));
  if (node.pause > 0) head.push(localize(M.pause, locale, { seconds: formatSeconds(node.pause) }));
  const lines = [head.join(' · ')];
  const words = firstWords(node.text);
  if (words) lines.push(words);
  const count = findings?.count ?? 0;
  if (count > 0) lines.push(count === 1 ? localize(M.finding, locale) : localize(M.findings, locale, { count }));
  return lines;
}

/** An entry point's label: "Start" for the main flow, else the scenario's name and its situation. */
export function entryLabel(entry: FlowEntry, locale: Locale): string[] {
  if (entry.name === 'main') return [localize(M.start, locale)];
  const lines = [firstWords(entry.name, 24)];
  if (entry.situation) lines.push(firstWords(entry.situation));
  return lines;
}

/** An edge's label: the customer's answer of a branch, "otherwise", or none. */
export function edgeLabel(edge: FlowEdge, locale: Locale): string | undefined {
  if (edge.kind === 'otherwise') return localize(M.otherwise, locale);
  if (edge.kind === 'branch' && edge.label !== undefined) return firstWords(edge.label, 20);
  return undefined;
}

/** The severity class of a node: `sev-error` … `sev-hint`, `sev-none`. */
export function severityClass(worst: SeverityLevel | undefined): string {
  return `sev-${worst === undefined ? 'none' : SEVERITY_NAMES[worst]}`;
}

export const SEVERITY_NAMES: Record<SeverityLevel, 'error' | 'warning' | 'information' | 'hint'> = {
  1: 'error',
  2: 'warning',
  3: 'information',
  4: 'hint',
};

/** Fill and border of a node by worst severity, for pictures outside the editor (which uses its theme). */
export const SEVERITY_COLORS: Record<string, { fill: string; stroke: string }> = {
  'sev-error': { fill: '#fde2e1', stroke: '#c42b1c' },
  'sev-warning': { fill: '#fff4ce', stroke: '#9d5d00' },
  'sev-information': { fill: '#dcebfa', stroke: '#0f6cbd' },
  'sev-hint': { fill: '#eef6ee', stroke: '#3f7f3f' },
  'sev-none': { fill: '#ffffff', stroke: '#616161' },
};

/** Whether a character is drawn about one em wide (CJK and other wide forms), not about half. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How wide a line is drawn, in ems: wide characters 1, others about 0.6. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const c of line) width += WIDE.test(c) ? 1 : 0.6;
  return width;
}

/** How many wide characters a line holds. */
export function wideCount(line: string): number {
  let n = 0;
  for (const c of line) if (WIDE.test(c)) n++;
  return n;
}
