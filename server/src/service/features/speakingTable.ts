import { timingsFor } from '../flow/flowFor';
import { charsPerMinute } from '../flow/speakingSettings';
import { formatSeconds } from '../flow/speakingTime';
import { localize, type Message } from '../l10n';
import type { FeatureContext } from './context';
import { entryName } from './speakingLenses';

const TITLE: Message = {
  zh: '**朗读时长**（每分钟 {cpm} 字，含停顿；从开始到结束语、转接或挂机）',
  en: '**Speaking time** at {cpm} characters a minute, pauses included, from the start to the closing, a transfer or a hang-up',
};
const HEAD: Message = { zh: '| 入口 | 最短 | 最长 |', en: '| entry | shortest | longest |' };
const NONE: Message = {
  zh: '没有一条路径走到结束语、转接或挂机。',
  en: 'No path reaches the closing, a transfer or a hang-up.',
};

/** The script's shortest and longest path per entry as a Markdown table, for the hover of `script:`. */
export function speakingTable(context: FeatureContext): string {
  const { model, settings } = context;
  const timings = timingsFor(model, settings);
  const title = localize(TITLE, settings.locale, { cpm: String(charsPerMinute(settings.speaking)) });
  if (timings.length === 0) return `${title}\n\n${localize(NONE, settings.locale)}`;
  const unit = settings.locale === 'zh' ? ' 秒' : ' s';
  const rows = timings.map(
    (t) =>
      `| ${entryName(t.entry, settings.locale)} | ${formatSeconds(t.shortest)}${unit} | ${formatSeconds(t.longest)}${unit} |`,
  );
  return [title, '', localize(HEAD, settings.locale), '|---|--:|--:|', ...rows].join('\n');
}
