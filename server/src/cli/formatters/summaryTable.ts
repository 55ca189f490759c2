import { dirname } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { localize, type Locale } from '../../service';
import { visible } from '../visibleText';
import { reportPath } from './reportPath';
import type { FileResult } from './types';

/** Columns on a terminal: East Asian wide and full-width characters take two. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/g;
export const displayWidth = (s: string) =>
  s.length + (s.match(WIDE) ?? []).reduce((n, c) => n + (c.length === 1 ? 1 : 0), 0);
const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;

type Counts = [errors: number, warnings: number, others: number];

const HEAD = {
  rule: { zh: '按规则', en: 'By rule' },
  folder: { zh: '按目录', en: 'By folder' },
  errors: { zh: '错误', en: 'errors' },
  warnings: { zh: '警告', en: 'warnings' },
  others: { zh: '其他', en: 'others' },
};

function tally(rows: Map<string, Counts>, key: string, d: Diagnostic): void {
  const counts = rows.get(key) ?? [0, 0, 0];
  const severity = d.severity ?? 1;
  counts[severity === 1 ? 0 : severity === 2 ? 1 : 2]++;
  rows.set(key, counts);
}

/**
 * The counts by rule and by folder that end the stylish report of several files, for a lead
 * who reads the totals: most findings first, then by name.
 */
export function summaryTable(results: readonly FileResult[], locale: Locale): string[] {
  const byRule = new Map<string, Counts>();
  const byFolder = new Map<string, Counts>();
  for (const { file, diagnostics } of results) {
    const folder = dirname(reportPath(file));
    for (const d of diagnostics) {
      tally(byRule, visible(String(d.code)), d);
      tally(byFolder, visible(folder), d);
    }
  }
  const columns = [localize(HEAD.errors, locale), localize(HEAD.warnings, locale), localize(HEAD.others, locale)];
  /** Errors first, as they fail the check; then warnings, then the rest. */
  const sorted = (rows: Map<string, Counts>) =>
    [...rows].sort(([a, x], [b, y]) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (a < b ? -1 : a > b ? 1 : 0));
  const sections = [
    [localize(HEAD.rule, locale), sorted(byRule)],
    [localize(HEAD.folder, locale), sorted(byFolder)],
  ] as const;
  const first = Math.max(
    ...sections.flatMap(([head, rows]) => [head, ...rows.map(([name]) => name)].map(displayWidth)),
  );
  const widths = columns.map((c) =>
    Math.max(displayWidth(c), ...sections.flatMap(([, rows]) => rows.map(([, n]) => String(Math.max(...n)).length))),
  );
  const lines: string[] = [];
  for (const [head, rows] of sections) {
    lines.push(`${padEnd(head, first)}  ${columns.map((c, i) => padStart(c, widths[i]!)).join('  ')}`.trimEnd());
    for (const [name, counts] of rows)
      lines.push(`${padEnd(name, first)}  ${counts.map((n, i) => padStart(String(n), widths[i]!)).join('  ')}`);
    lines.push('');
  }
  return lines;
}
