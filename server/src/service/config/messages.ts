import type { Message } from '../l10n';

/** Messages for mistakes in `.huashu.yaml`. */
export const configMessages = {
  yaml: { zh: '配置文件 YAML 语法错误：{detail}', en: 'YAML syntax error in the configuration: {detail}' },
  notMapping: { zh: '.huashu.yaml 的顶层必须是映射', en: 'The top level of .huashu.yaml must be a mapping' },
  unknownKey: { zh: '未知的配置项“{key}”，可用：{allowed}', en: 'Unknown setting "{key}"; allowed: {allowed}' },
  expectedString: { zh: '“{key}”应为字符串', en: '"{key}" must be a string' },
  expectedList: { zh: '“{key}”应为列表', en: '"{key}" must be a list' },
  expectedMapping: { zh: '“{key}”应为映射', en: '"{key}" must be a mapping' },
  missingKey: { zh: '缺少必填项“{key}”', en: 'Missing required key "{key}"' },
  missingSelector: {
    zh: 'overrides 的每一项都要写 files、channel 或两者',
    en: 'An override needs "files", "channel" or both',
  },
  unknownChannel: {
    zh: '未知的渠道“{value}”，可用：{channels}',
    en: 'Unknown channel "{value}"; channels: {channels}',
  },
  badExtends: {
    zh: 'extends 只能是 builtin 或 none，而不是“{value}”',
    en: 'extends must be builtin or none, not "{value}"',
  },
  unknownRule: { zh: '未知的规则“{rule}”，可用：{rules}', en: 'Unknown rule "{rule}"; rules: {rules}' },
  badLevel: {
    zh: '规则级别“{value}”无效：可用 off、hint、information、warning、error',
    en: 'Invalid rule level "{value}": use off, hint, information, warning or error',
  },
  badPlaceholderName: {
    zh: '占位符名“{name}”只能包含 ASCII 字母、数字和 _',
    en: 'The placeholder name "{name}" may only hold ASCII letters, digits and _',
  },
  unknownAliasTarget: {
    zh: '别名指向未知的占位符 {{name}}',
    en: 'The alias points at an unknown placeholder {{name}}',
  },
  outsideWorkspace: {
    zh: '拒绝读取工作区之外的文件“{path}”',
    en: 'Refused to read "{path}": it is outside the workspace',
  },
  unreadable: { zh: '无法读取短语库文件“{path}”', en: 'Cannot read the phrasebook file "{path}"' },
  phrasebookErrors: {
    zh: '短语库文件“{path}”有 {count} 处错误，第一处在第 {line} 行：{first}',
    en: 'The phrasebook file "{path}" has {count} errors; the first, on line {line}: {first}',
  },
  notRemovable: {
    zh: '内置短语库中没有“{value}”（按文字或 id）',
    en: 'No built-in forbidden phrase "{value}" (by text or id)',
  },
  unknownSuggestId: {
    zh: '没有 id 为“{id}”的规范用语；是否想写“{near}”？',
    en: 'No approved phrase has the id "{id}"; did you mean "{near}"?',
  },
  unknownSuggestIdFar: {
    zh: '没有 id 为“{id}”的规范用语（要给出一句话，请写整句）',
    en: 'No approved phrase has the id "{id}" (to suggest a sentence, write the whole sentence)',
  },
  unknownForbiddenCategory: {
    zh: '未知的忌语类别“{category}”，将作为团队类别；已有：{known}',
    en: 'Unknown forbidden category "{category}", taken as a team category; known: {known}',
  },
  unknownApprovedCategory: {
    zh: '未知的规范用语类别“{category}”，将作为团队类别；已有：{known}',
    en: 'Unknown approved category "{category}", taken as a team category; known: {known}',
  },
  badGlob: { zh: '无效的文件通配符“{value}”', en: 'Invalid file glob "{value}"' },
  globUnsupported: {
    zh: '不支持的文件通配符“{value}”：不支持以 ! 开头的排除和 @(…)、!(…) 等扩展写法，请改用 *、?、[…]、** 和 {a,b}',
    en: 'Unsupported file glob "{value}": negation with a leading ! and extglobs such as @(…) or !(…) are not supported; use *, ?, […], ** and {a,b}',
  },
  globTooLong: {
    zh: '文件通配符超过 {limit} 个字符：“{value}”',
    en: 'The file glob is over {limit} characters: "{value}"',
  },
  globTooManyAlternatives: {
    zh: '文件通配符展开后超过 {limit} 种写法（{…,…}）：“{value}”',
    en: 'The file globs expand to more than {limit} alternatives ({…,…}): "{value}"',
  },
  tooDeep: {
    zh: '文件嵌套了 {depth} 层，超过上限 {limit} 层',
    en: 'The file is nested {depth} levels deep, over the limit of {limit}',
  },
  tooShort: {
    zh: '服务忌语“{phrase}”在去掉标点后至少要有两个字',
    en: 'The forbidden phrase "{phrase}" needs at least two characters besides punctuation',
  },
} satisfies Record<string, Message>;
