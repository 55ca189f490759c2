import { SEVERITY_NAME, findingTexts } from '../../service';
import { lazyModule } from '../lazyModule';
import { safeJson } from '../visibleText';
import { reportPath } from './reportPath';
import { messageText, type Formatter } from './types';

/** node:crypto takes longer to load than a small check takes: only this format needs it. */
const crypto = lazyModule<typeof import('node:crypto')>('node:crypto');

const SEVERITY = { error: 'major', warning: 'minor', information: 'info', hint: 'info' } as const;

/**
 * GitLab's Code Quality report (the merge request widget). A fingerprint is a hash of the
 * file, the rule, the covered text and its occurrence among the file's findings of that rule
 * and text, not of the line: editing above a finding does not make it look new.
 */
export const gitlab: Formatter = (results) => {
  const issues = results.flatMap(({ file, diagnostics, text }) => {
    const path = reportPath(file);
    const texts = text === undefined ? diagnostics.map(() => '') : findingTexts(text, diagnostics);
    const seen = new Map<string, number>();
    return diagnostics.map((d, i) => {
      const key = JSON.stringify([path, String(d.code), texts[i]]);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: 'issue',
        description: messageText(d),
        check_name: String(d.code),
        fingerprint: crypto().createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
        severity: SEVERITY[SEVERITY_NAME[d.severity ?? 1]!],
        categories: ['Style'],
        location: { path, lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
      };
    });
  });
  return safeJson(JSON.stringify(issues, null, 2)) + '\n';
};
