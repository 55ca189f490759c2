import { formatSeconds, localize, type Locale } from '../../service';
import { tenths } from '../speaking';
import { visible } from '../visibleText';
import { reportPath } from './reportPath';
import { displayWidth } from './summaryTable';
import type { FileResult } from './types';

const HEAD = {
  file: { zh: '文件', en: 'file' },
  script: { zh: '话术', en: 'script' },
  turns: { zh: '轮次', en: 'turns' },
  longestTurn: { zh: '最长轮次', en: 'longest turn' },
  entry: { zh: '入口', en: 'entry' },
  shortest: { zh: '最短', en: 'shortest' },
  longest: { zh: '最长', en: 'longest' },
  main: { zh: '主流程', en: 'main' },
  noEnding: { zh: '（无结束）', en: '(no ending)' },
};

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;

/**
 * `huashu stats`: a table with a row per entry of each script: its turns (agent turns), its
 * longest agent turn, and the shortest and longest path from the entry, in seconds with pauses.
 */
export function statsTable(results: readonly FileResult[], locale: Locale): string {
  const s = (n: number) => `${formatSeconds(n)}${locale === 'zh' ? ' 秒' : ' s'}`;
  const rows: string[][] = [];
  for (const { file, speaking } of results) {
    if (!speaking) continue;
    const lead = [
      visible(reportPath(file)),
      visible(speaking.name),
      `${speaking.turns} (${speaking.agentTurns})`,
      s(speaking.longestTurn),
    ];
    if (speaking.timing.length === 0) rows.push([...lead, localize(HEAD.noEnding, locale), '', '']);
    speaking.timing.forEach((t, i) =>
      rows.push([
        ...(i === 0 ? lead : ['', '', '', '']),
        t.entry === 'main' ? localize(HEAD.main, locale) : visible(t.entry),
        s(t.shortest),
        s(t.longest),
      ]),
    );
  }
  const head = (['file', 'script', 'turns', 'longestTurn', 'entry', 'shortest', 'longest'] as const).map((k) =>
    localize(HEAD[k], locale),
  );
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const right = new Set([2, 3, 5, 6]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? padStart(c, widths[i]!) : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

/** `huashu stats --format json`: the same figures per file. */
export function statsJson(results: readonly FileResult[]): string {
  const files = results
    .filter((r) => r.speaking)
    .map(({ file, speaking }) => ({
      file,
      script: speaking!.name,
      turns: speaking!.turns,
      agentTurns: speaking!.agentTurns,
      longestTurn: tenths(speaking!.longestTurn),
      timing: speaking!.timing.map((t) => ({ ...t, shortest: tenths(t.shortest), longest: tenths(t.longest) })),
    }));
  return JSON.stringify(files, null, 2) + '\n';
}
