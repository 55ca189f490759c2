import type { Message } from '../service/l10n';

/** What `huashu graph` and `huashu report` say, in both languages. */
export const pictureMessages = {
  badGraphFormat: {
    zh: '未知的流程图格式“{value}”：可用 mermaid、dot、svg',
    en: 'Unknown graph format "{value}": use mermaid, dot or svg',
  },
  graphOneFile: {
    zh: 'huashu graph 需要且只需要一个话术文件：huashu graph 文件 [--format mermaid|dot|svg]',
    en: 'huashu graph takes exactly one script file: huashu graph FILE [--format mermaid|dot|svg]',
  },
  outOnlyReport: {
    zh: '--out 只用于 huashu report',
    en: '--out is for huashu report only',
  },
  notOneScript: {
    zh: '{path} 不是一个话术文件',
    en: '{path} is not one script file',
  },
  doesNotParse: {
    zh: '{path} 无法解析（第 {line} 行：{reason}），没有流程图',
    en: '{path} does not parse (line {line}: {reason}): no call flow',
  },
  renderFailed: {
    zh: '无法绘制 {path} 的流程图：{reason}',
    en: 'Could not draw the call flow of {path}: {reason}',
  },
  reportWritten: {
    zh: '已写入 {path}（{scripts}）',
    en: 'Wrote {path} ({scripts})',
  },
  cannotWrite: {
    zh: '无法写入 {path}：{reason}',
    en: 'Cannot write {path}: {reason}',
  },
} satisfies Record<string, Message>;

/** A number of scripts, for countText. */
export const SCRIPT_COUNT = { zh: '{n} 个话术', en: '{n} script|{n} scripts' };
