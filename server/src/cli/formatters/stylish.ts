import { localize, SEVERITY_NAME } from '../../service';
import { baselineNote, COUNTS, countText, summaryLine } from '../counts';
import { cliMessages } from '../messages';
import { summaryTable } from './summaryTable';
import { visible, visiblePath } from '../visibleText';
import { messageText, type Formatter } from './types';

const COLORS = { error: 31, warning: 33, information: 36, hint: 90, dim: 2, underline: 4, bold: 1 };

/** Human output grouped by file, ending with counts. */
export const stylish: Formatter = (results, { locale, color, baseline }) => {
  const note = baselineNote(baseline, locale);
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    lines.push(paint(COLORS.underline, visiblePath(file)));
    for (const d of diagnostics) {
      const severity = SEVERITY_NAME[d.severity ?? 1]!;
      counts[severity]++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padStart(8);
      lines.push(
        `${paint(COLORS.dim, where)}  ${paint(COLORS[severity], severity.padEnd(11))} ${visible(messageText(d))}  ${paint(COLORS.dim, visible(String(d.code)))}`,
      );
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (results.length === 0) return localize(cliMessages.nothingChecked, locale) + '\n';
  if (total === 0)
    return (
      [localize(cliMessages.clean, locale, { files: countText(COUNTS.file, results.length, locale) }), note]
        .filter(Boolean)
        .join(locale === 'zh' ? '' : ' ') + '\n'
    );
  const summary = summaryLine(counts, locale);
  if (results.length > 1) lines.push(...summaryTable(results, locale));
  lines.push(paint(counts.error > 0 ? COLORS.error : COLORS.warning, `${counts.error > 0 ? '✖' : '⚠'} ${summary}`));
  if (note) lines.push(note);
  return lines.join('\n') + '\n';
};
