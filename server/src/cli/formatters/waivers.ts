import { localize } from '../../service';
import { visible, visiblePath } from '../visibleText';
import type { Formatter } from './types';

/** `--list-waivers`: every waiver comment, its reason and what it silences, for reviewers. */
export const listWaivers: Formatter = (results, { locale }) => {
  const lines: string[] = [];
  let count = 0;
  for (const { file, waivers = [], suppressed = [] } of results) {
    for (const w of waivers) {
      if (w.kind === 'enable') continue;
      count++;
      const silenced = suppressed.filter((s) => s.waiver === w).map((s) => visible(`${s.diagnostic.range.start.line + 1}:${String(s.diagnostic.code)}`));
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
  lines.push(localize({ zh: '共 {count} 条豁免', en: '{count} waivers' }, locale, { count }));
  return lines.join('\n') + '\n';
};
