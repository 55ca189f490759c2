import type { Message } from '../service/l10n';

/** What the CLI itself says, in both languages. */
export const cliMessages = {
  usage: {
    zh: `用法：huashu check [路径或通配符 …] [选项]
      huashu stats [路径或通配符 …] [--format json]   各话术的轮次和朗读时长（最短、最长路径）
      huashu graph 文件 [--format mermaid|dot|svg]    画出话术的流程图（默认 mermaid）
      huashu report [路径 …] [--out report.html]     写一个独立的 HTML 报告：流程图、问题、讲话时长、豁免

检查话术文件（*.script.yaml、*.script.yml）。目录表示其下所有话术文件；默认为当前目录。

选项：
  --format <格式>        输出格式：stylish（默认）、json、sarif、github、gitlab、junit
  --locale <语言>        消息语言：zh 或 en（默认中文；LC_ALL、LC_MESSAGES 或 LANG 为 en_* 时用英文）
  --rule <规则=级别>     设置规则级别：off、hint、information、warning、error（可重复）
  --config <文件>        使用指定的配置文件，而不是就近查找 .huashu.yaml
  --baseline <文件>      只报告基线文件中没有的问题
  --update-baseline      把当前的问题写入基线文件（--baseline，默认 .huashu-baseline.json）
  --changed [引用]       只检查相对于该 git 引用（默认为与默认分支的合并基点）有改动的话术文件
  --quiet, -q            只显示错误
  --max-warnings <数量>  警告多于该数量时退出码为 1
  --jobs, -j <数量>      同时检查的线程数（默认为 CPU 核数；1 表示只在本进程中检查）
  --stdin                从标准输入读取话术
  --stdin-filename <名>  标准输入的文件名（用于报告和查找配置）
  --list-waivers         列出所有豁免注释、原因及其豁免的问题（可配合 --format json）
  --no-color             不使用颜色
  -h, --help             显示帮助
  -v, --version          显示版本
  --                     之后的参数都是路径（即使以 - 开头）

退出码：0 无错误；1 有错误（或警告多于 --max-warnings）；2 用法错误或有文件无法读取。`,
    en: `Usage: huashu check [paths or globs …] [options]
       huashu stats [paths or globs …] [--format json]   turns and speaking time (shortest, longest path) per script
       huashu graph FILE [--format mermaid|dot|svg]   Draw a script's call flow (mermaid by default)
       huashu report [paths …] [--out report.html]    Write one self-contained HTML report: flows,
                                                      findings, speaking times, waivers

Checks call scripts (*.script.yaml, *.script.yml). A directory means every script file
below it; the default is the current directory.

Options:
  --format <name>          Output format: stylish (default), json, sarif, github, gitlab, junit
  --locale <lang>          Message language: zh or en (default Chinese; English when LC_ALL,
                           LC_MESSAGES or LANG is en_*)
  --rule <id=level>        Set a rule's level: off, hint, information, warning, error (repeatable)
  --config <file>          Use this configuration instead of the nearest .huashu.yaml
  --baseline <file>        Report only findings that the baseline file does not accept
  --update-baseline        Write the current findings to the baseline (--baseline, by default
                           .huashu-baseline.json)
  --changed [ref]          Check only the scripts changed since the merge base with ref (by
                           default the default branch)
  --quiet, -q              Show errors only
  --max-warnings <n>       Exit 1 when there are more than n warnings
  --jobs, -j <n>           Check with n threads (default: one per CPU core; 1: in this
                           process only)
  --stdin                  Read the script from standard input
  --stdin-filename <name>  The name of standard input (for the report and the configuration)
  --list-waivers           List every waiver comment, its reason and what it silences
                           (with --format json too)
  --no-color               Do not use colours
  -h, --help               Show this help
  -v, --version            Show the version
  --                       Every argument after it is a path, even one starting with -

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 usage problem or a file could not be read.`,
  },
  unknownCommand: {
    zh: '未知命令“{command}”。用法：huashu check|stats|graph|report [路径 …]',
    en: 'Unknown command "{command}". Usage: huashu check|stats|graph|report [paths …]',
  },
  unknownOption: { zh: '未知选项“{option}”（见 huashu --help）', en: 'Unknown option "{option}" (see huashu --help)' },
  missingValue: { zh: '选项 {option} 需要一个值', en: 'Option {option} needs a value' },
  badFormat: {
    zh: '未知的输出格式“{value}”：可用 stylish、json、sarif、github、gitlab、junit',
    en: 'Unknown format "{value}": use stylish, json, sarif, github, gitlab or junit',
  },
  badLocale: { zh: '未知的语言“{value}”：可用 zh、en', en: 'Unknown locale "{value}": use zh or en' },
  badRule: {
    zh: '无效的 --rule“{value}”：应为 规则=级别，规则为 {rules}',
    en: 'Invalid --rule "{value}": expected id=level, with id one of {rules}',
  },
  badLevel: {
    zh: '无效的 --rule“{value}”：级别应为 {levels} 之一',
    en: 'Invalid --rule "{value}": the level must be one of {levels}',
  },
  notFound: { zh: '无法读取“{path}”：文件或目录不存在', en: 'Cannot read "{path}": no such file or directory' },
  noMatch: { zh: '“{path}”没有匹配到任何文件', en: '"{path}" matches no files' },
  noScripts: {
    zh: '“{path}”下没有话术文件（*.script.yaml、*.script.yml）',
    en: 'No script files (*.script.yaml, *.script.yml) below "{path}"',
  },
  unreadable: { zh: '无法读取“{path}”：{reason}', en: 'Cannot read "{path}": {reason}' },
  binary: { zh: '跳过“{path}”：这是二进制文件，不是文本', en: 'Skipped "{path}": it is a binary file, not text' },
  notUtf8: {
    zh: '跳过“{path}”：不是 UTF-8 编码的文本（例如 GBK），请另存为 UTF-8',
    en: 'Skipped "{path}": it is not UTF-8 text (e.g. GBK): save it as UTF-8',
  },
  notAFile: { zh: '跳过“{path}”：不是普通文件', en: 'Skipped "{path}": it is not a regular file' },
  linksOut: {
    zh: '跳过“{path}”：它链接到工作区之外的“{target}”',
    en: 'Skipped "{path}": it links to "{target}", outside the workspace',
  },
  skippedName: { zh: '跳过“{path}”：{reason}', en: 'Skipped "{path}": {reason}' },
  checkFailed: {
    zh: '无法检查“{path}”（Huashu 内部错误：{error}），请报告此问题',
    en: 'Could not check "{path}" (internal error: {error}): please report it',
  },
  tooLarge: {
    zh: '跳过“{path}”：文件大小 {size} MB 超过上限 {limit} MB',
    en: 'Skipped "{path}": {size} MB is over the {limit} MB limit',
  },
  clean: { zh: '检查了 {files}，没有发现问题。', en: 'Checked {files}: no problems found.' },
  baselineUnreadable: { zh: '无法读取基线文件“{path}”：{reason}', en: 'Cannot read the baseline "{path}": {reason}' },
  baselineWritten: { zh: '已将 {files}中的 {findings}写入“{path}”。', en: 'Wrote {findings} of {files} to {path}.' },
  badMaxWarnings: {
    zh: '无效的 --max-warnings“{value}”：应为 0 或正整数',
    en: 'Invalid --max-warnings "{value}": expected 0 or a positive whole number',
  },
  badJobs: {
    zh: '无效的 --jobs“{value}”：应为 1 到 {max} 的整数（1 表示只在本进程中检查；默认为 CPU 核数）',
    en: 'Invalid --jobs "{value}": expected a whole number from 1 to {max} (1 checks in this process only; the default is the number of CPU cores)',
  },
  tooManyWarnings: {
    zh: '警告过多：{count} 个，上限为 {max} 个（--max-warnings）',
    en: 'Too many warnings: {count}, the maximum is {max} (--max-warnings)',
  },
  progress: { zh: '检查中 {done}/{total} 个文件…', en: 'Checking {done}/{total} files…' },
  changedNoRepo: { zh: '--changed 需要在 git 仓库中运行：{reason}', en: '--changed needs a git repository: {reason}' },
  changedNoBase: {
    zh: '--changed 找不到默认分支（origin/HEAD、main 或 master），请指定：--changed=<分支或提交>',
    en: '--changed found no default branch (origin/HEAD, main or master): name one, as --changed=<branch or commit>',
  },
  changedBadRef: { zh: '--changed 无法与“{ref}”比较：{reason}', en: '--changed cannot compare with "{ref}": {reason}' },
  nothingChecked: { zh: '没有检查任何话术文件。', en: 'No script files were checked.' },
  stdinWithPaths: {
    zh: '--stdin 从标准输入读取话术，不能同时给出路径',
    en: '--stdin reads the script from standard input: give no paths with it',
  },
  stdinFilenameAlone: { zh: '--stdin-filename 只能与 --stdin 一起使用', en: '--stdin-filename only goes with --stdin' },
} satisfies Record<string, Message>;
