import { localize } from '../../service';
import { COUNTS, countText } from '../counts';
import { safeJson, visible, visiblePath } from '../visibleText';
import type { Formatter } from './types';

/** `--list-waivers`: every waiver comment, its reason and what it silences, for reviewers. */
export const listWaivers: Formatter = (results, { locale }) => {
  const lines: string[] = [];
  let count = 0;
  for (const { file, waivers = [], suppressed = [] } of results) {
    for (const w of waivers) {
      if (w.kind === 'enable') continue;
      count++;
      const silenced = suppressed
        .filter((s) => s.waiver === w)
        .map((s) => visible(`${s.diagnostic.range.start.line + 1}:${String(s.diagnostic.code)}`));
      const rules = w.rules.length > 0 ? w.rules.join(', ') : localize({ zh: '所有规则', en: 'all rules' }, locale);
      const reason = w.reason ?? localize({ zh: '（未写原因）', en: '(no reason given)' }, locale);
      lines.push(`${visiblePath(file)}:${w.line + 1}  ${w.kind} ${visible(`${rules} -- ${reason}`)}`);
      lines.push(
        `    ${localize({ zh: '豁免了：{list}', en: 'silences: {list}' }, locale, {
          list: silenced.length > 0 ? silenced.join(', ') : localize({ zh: '无', en: 'nothing' }, locale),
        })}`,
      );
    }
  }
  lines.push(countText(COUNTS.waiver, count, locale));
  return lines.join('\n') + '\n';
};

/** `--list-waivers --format json`: `[{ file, line, kind, rules, reason, silences: [{ line, code }] }]`, 1-based lines. */
export const listWaiversJson: Formatter = (results) => {
  const list = results.flatMap(({ file, waivers = [], suppressed = [] }) =>
    waivers
      .filter((w) => w.kind !== 'enable')
      .map((w) => ({
        file,
        line: w.line + 1,
        kind: w.kind,
        rules: w.rules,
        reason: w.reason ?? null,
        silences: suppressed
          .filter((s) => s.waiver === w)
          .map((s) => ({ line: s.diagnostic.range.start.line + 1, code: String(s.diagnostic.code) })),
      })),
  );
  return safeJson(JSON.stringify(list, null, 2)) + '\n';
};
