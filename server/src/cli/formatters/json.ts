import { SEVERITY_NAME } from '../../service';
import { tenths } from '../speaking';
import { safeJson } from '../visibleText';
import { messageText, type Formatter } from './types';

/** `[{ file, diagnostics: [{ code, severity, message, range }], timing }]`, LSP positions; seconds to a tenth. */
export const json: Formatter = (results) => {
  const files = results.map(({ file, diagnostics, speaking }) => ({
    file,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: SEVERITY_NAME[d.severity ?? 1],
      message: messageText(d),
      range: d.range,
    })),
    ...(speaking
      ? { timing: speaking.timing.map((t) => ({ ...t, shortest: tenths(t.shortest), longest: tenths(t.longest) })) }
      : {}),
  }));
  return safeJson(JSON.stringify(files, null, 2)) + '\n';
};
