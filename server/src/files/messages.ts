import type { Message } from '../service';

/** What the CLI and the server both say about files. */
export const fileMessages = {
  nameNotUtf8: {
    zh: '文件名不是有效的 UTF-8，报告中无法准确写出它：请重命名后再检查',
    en: 'its name is not valid UTF-8, so no report could name it: rename it to check it',
  },
  linksOutside: {
    zh: '它链接到工作区之外的“{target}”，未读取。',
    en: 'It links to "{target}", outside the workspace: it was not read.',
  },
} satisfies Record<string, Message>;
