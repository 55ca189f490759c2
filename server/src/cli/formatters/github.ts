import { SEVERITY_NAME } from '../../service';
import { visible } from '../visibleText';
import { messageText, type Formatter } from './types';

/** Workflow-command data: control characters made visible first, so nothing from a file can end the line. */
const escapeData = (s: string) => visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per finding. */
export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const command = COMMAND[SEVERITY_NAME[d.severity ?? 1]!];
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`huashu(${String(d.code)})`)}`,
      ];
      lines.push(`::${command} ${props.join(',')}::${escapeData(messageText(d))}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
