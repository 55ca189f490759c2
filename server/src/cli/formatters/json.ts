import { SEVERITY_NAME } from '../../service';
import { safeJson } from '../visibleText';
import { messageText, type Formatter } from './types';

/** `[{ file, diagnostics: [{ code, severity, message, range }] }]`, LSP positions. */
export const json: Formatter = (results) => {
  const files = results.map(({ file, diagnostics }) => ({
    file,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: SEVERITY_NAME[d.severity ?? 1],
      message: messageText(d),
      range: d.range,
    })),
  }));
  return safeJson(JSON.stringify(files, null, 2)) + '\n';
};
