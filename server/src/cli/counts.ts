import type { Locale } from '../service';

/** A number of things in words: Chinese has one form, English a singular and a plural, as `one|other`. */
export interface CountMessage {
  zh: string;
  en: string;
}

/** `n` things in `locale`: "1 error", "2 errors", "2 个错误". */
export function countText(message: CountMessage, n: number, locale: Locale): string {
  const [one, other = one] = message.en.split('|');
  const form = locale === 'zh' ? message.zh : n === 1 ? one! : other;
  return form.replace('{n}', String(n));
}

export const COUNTS = {
  file: { zh: '{n} 个文件', en: '{n} file|{n} files' },
  problem: { zh: '{n} 个问题', en: '{n} problem|{n} problems' },
  error: { zh: '{n} 个错误', en: '{n} error|{n} errors' },
  warning: { zh: '{n} 个警告', en: '{n} warning|{n} warnings' },
  information: { zh: '{n} 条信息', en: '{n} info|{n} infos' },
  hint: { zh: '{n} 个提示', en: '{n} hint|{n} hints' },
  finding: { zh: '{n} 个问题', en: '{n} finding|{n} findings' },
  baselined: {
    zh: '{n} 个已列入基线的问题未显示',
    en: '{n} baselined finding not shown|{n} baselined findings not shown',
  },
  stale: {
    zh: '基线中有 {n} 条已不再出现，可用 --update-baseline 删除',
    en: '{n} baseline entry no longer matches: run with --update-baseline to drop it|{n} baseline entries no longer match: run with --update-baseline to drop them',
  },
  waiver: { zh: '共 {n} 条豁免', en: '{n} waiver|{n} waivers' },
} satisfies Record<string, CountMessage>;

/** The counts of a run by severity, as the summary line shows them: hints and infos only when there are any. */
export function severityCounts(
  counts: Record<'error' | 'warning' | 'information' | 'hint', number>,
  locale: Locale,
): string {
  const parts = [countText(COUNTS.error, counts.error, locale), countText(COUNTS.warning, counts.warning, locale)];
  if (counts.information > 0) parts.push(countText(COUNTS.information, counts.information, locale));
  if (counts.hint > 0) parts.push(countText(COUNTS.hint, counts.hint, locale));
  return parts.join(locale === 'zh' ? '，' : ', ');
}

/** What a baseline hid and what of it is stale, as a sentence; empty without a baseline. */
export function baselineNote(baseline: { baselined: number; stale: number } | undefined, locale: Locale): string {
  if (!baseline || baseline.baselined + baseline.stale === 0) return '';
  const parts: string[] = [];
  if (baseline.baselined > 0) parts.push(countText(COUNTS.baselined, baseline.baselined, locale));
  if (baseline.stale > 0) parts.push(countText(COUNTS.stale, baseline.stale, locale));
  return locale === 'zh' ? parts.join('；') + '。' : parts.join('; ') + '.';
}

/** The last line of a report with findings: "3 problems (2 errors, 1 warning)". */
export function summaryLine(
  counts: Record<'error' | 'warning' | 'information' | 'hint', number>,
  locale: Locale,
): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const problems = countText(COUNTS.problem, total, locale);
  return locale === 'zh'
    ? `${problems}（${severityCounts(counts, locale)}）`
    : `${problems} (${severityCounts(counts, locale)})`;
}
