import type { Message } from '../l10n';

/** Messages for mistakes in phrasebook files. */
export const phrasebookMessages = {
  yaml: { zh: 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
  tooDeep: {
    zh: '文件嵌套了 {depth} 层，超过上限 {limit} 层',
    en: 'The file is nested {depth} levels deep, over the limit of {limit}',
  },
  notMapping: { zh: '短语库文件的顶层必须是映射', en: 'The top level of a phrasebook file must be a mapping' },
  badVersion: { zh: '不支持的版本 {value}（应为 1 或 2）', en: 'Unsupported version {value} (expected 1 or 2)' },
  onlyV2: { zh: '“{key}”需要 version: 2', en: '"{key}" needs version: 2' },
  badClause: { zh: 'clause 只能是 whole 或 any，而不是“{value}”', en: 'clause must be whole or any, not "{value}"' },
  badClassName: {
    zh: '同义词类名“{name}”不能为空，也不能含 < > | ( ) [ ] 或空白',
    en: 'The class name "{name}" must not be empty nor hold < > | ( ) [ ] or spaces',
  },
  emptyHonest: {
    zh: 'honest 的每一项至少要有 before、after 或 quoted 之一',
    en: 'Each honest context needs at least one of before, after or quoted',
  },
  expectedBoolean: { zh: '“{key}”应为 true 或 false', en: '"{key}" must be true or false' },
  unknownKey: { zh: '未知的键“{key}”', en: 'Unknown key "{key}"' },
  missingKey: { zh: '缺少必填项“{key}”', en: 'Missing required key "{key}"' },
  expectedString: { zh: '“{key}”应为字符串', en: '"{key}" must be a string' },
  expectedList: { zh: '“{key}”应为列表', en: '"{key}" must be a list' },
  expectedMapping: { zh: '“{key}”应为映射', en: '"{key}" must be a mapping' },
  badId: {
    zh: 'id“{id}”只能包含小写字母、数字和连字符',
    en: 'The id "{id}" may only hold lowercase letters, digits and hyphens',
  },
  duplicateId: {
    zh: 'id“{id}”重复（首次定义于第 {line} 行）',
    en: 'Duplicate id "{id}" (first defined on line {line})',
  },
  unknownCategory: { zh: '未知的类别“{category}”', en: 'Unknown category "{category}"' },
  unknownSuggestion: {
    zh: '建议用语“{id}”不在规范用语中',
    en: 'The suggested phrase "{id}" is not an approved phrase',
  },
  noSuggestion: {
    zh: '服务忌语必须至少给出一条建议用语（suggest）',
    en: 'A forbidden phrase needs at least one suggested approved phrase (suggest)',
  },
  unknownPlaceholder: { zh: '未声明的占位符 {{name}}', en: 'Undeclared placeholder {{name}}' },
  badPlaceholderName: {
    zh: '占位符名“{name}”只能包含 ASCII 字母、数字和 _',
    en: 'The placeholder name "{name}" may only hold ASCII letters, digits and _',
  },
  tooShort: {
    zh: '服务忌语“{phrase}”在去掉标点和空白后至少要有两个字',
    en: 'The forbidden phrase "{phrase}" needs at least two characters besides punctuation and blanks',
  },
  requiredPlaceholder: { zh: '内置占位符 {{name}} 缺失', en: 'The built-in placeholder {{name}} is missing' },
} satisfies Record<string, Message>;
