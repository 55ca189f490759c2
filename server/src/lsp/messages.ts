import type { Message } from '../service';

/** What the language server itself says (diagnostics about files, log lines), in both languages. */
export const serverMessages = {
  binary: {
    zh: '这是二进制文件，不是文本，未检查。',
    en: 'This is a binary file, not text: it was not checked.',
  },
  notUtf8: {
    zh: '这不是 UTF-8 编码的文本（例如 GBK），未检查。请另存为 UTF-8。',
    en: 'This file is not UTF-8 text (e.g. GBK): it was not checked. Save it as UTF-8.',
  },
  notAFile: {
    zh: '这不是普通文件，未检查。',
    en: 'This is not a regular file: it was not checked.',
  },
  checkFailed: {
    zh: 'Huashu 无法检查此文件（内部错误：{error}），请报告此问题。',
    en: 'Huashu could not check this file (internal error: {error}): please report it.',
  },
  tooLarge: {
    zh: '文件大小 {size} MB 超过上限 {limit} MB，未检查。',
    en: 'The file is {size} MB, over the {limit} MB limit: it was not checked.',
  },
  unreadable: {
    zh: '无法读取“{path}”：{reason}',
    en: 'Cannot read "{path}": {reason}',
  },
  handlerFailed: {
    zh: '处理 {request} 时出错（服务器继续运行）：{error}',
    en: 'Handling {request} failed (the server keeps running): {error}',
  },
  uncaught: {
    zh: '未处理的异常（服务器继续运行）：{error}',
    en: 'Uncaught exception (the server keeps running): {error}',
  },
  scanDone: {
    zh: '工作区扫描：检查了 {files} 个话术文件，用时 {ms} 毫秒。',
    en: 'Workspace scan: checked {files} script files in {ms} ms.',
  },
  scanCapped: {
    zh: '工作区扫描：话术文件超过 {limit} 个，其余 {skipped} 个未检查（例如“{example}”）。打开文件即可检查。',
    en: 'Workspace scan: more than {limit} script files; {skipped} more were not checked (e.g. "{example}"). Open a file to check it.',
  },
  scanSkippedFile: {
    zh: '工作区扫描：跳过“{path}”：{reason}',
    en: 'Workspace scan: skipped "{path}": {reason}',
  },
  scanFolderFailed: {
    zh: '工作区扫描：无法读取文件夹“{path}”：{reason}',
    en: 'Workspace scan: cannot read the folder "{path}": {reason}',
  },
  framing: {
    zh: '客户端发来的一条消息格式有误，已跳过（{reason}），服务器继续运行。',
    en: 'Skipped a malformed message from the client ({reason}); the server keeps running.',
  },
  badHeader: { zh: '消息头无效', en: 'invalid header' },
  lyingLength: { zh: 'Content-Length 与消息实际长度不符', en: 'its Content-Length does not match the message' },
  notJson: { zh: '消息体不是 JSON 对象', en: 'the body is not a JSON object' },
} satisfies Record<string, Message>;
