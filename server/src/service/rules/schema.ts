import type { Message } from '../l10n';
import type { SchemaProblemKind } from '../parse/scriptModel';
import { defineRule } from './types';

const MESSAGES: Record<SchemaProblemKind, Message> = {
  notMapping: {
    zh: '话术文件的顶层必须是映射（script、greeting、closing 等键）',
    en: 'A script file must be a mapping at the top level (script, greeting, closing, …)',
  },
  notScript: {
    zh: '这不是话术文件：没有 script、greeting、steps 等话术的键',
    en: 'This is not a call script: it has none of the keys of one (script, greeting, steps, …)',
  },
  missingScript: { zh: '缺少必填项 script（话术名称）', en: 'Missing required key "script" (the script\'s name)' },
  unknownKey: { zh: '未知的键“{key}”', en: 'Unknown key "{key}"' },
  expectedString: { zh: '“{key}”的值应为字符串', en: 'The value of "{key}" must be a string' },
  expectedList: { zh: '“{key}”的值应为列表', en: 'The value of "{key}" must be a list' },
  expectedMapping: { zh: '“{key}”中的每一项应为映射', en: 'Each item of "{key}" must be a mapping' },
  badChannel: {
    zh: 'channel 只能是 phone 或 chat，而不是“{value}”',
    en: 'channel must be phone or chat, not "{value}"',
  },
  turnSpeaker: {
    zh: '每个对话轮次必须恰好有一个 agent 或 customer（现有 {count} 个）',
    en: 'A turn needs exactly one of agent or customer (it has {count})',
  },
  badVariant: {
    zh: '“{key}”应为字符串，或由字符串和 {agent, when} 组成的列表',
    en: '"{key}" must be a string, or a list of strings and {agent, when} mappings',
  },
  duplicateId: { zh: '轮次 id“{id}”重复', en: 'Duplicate turn id "{id}"' },
  badEnd: {
    zh: 'end 只能是 closing（进入结束语）、transfer（转接）或 hangup（挂机），而不是“{value}”',
    en: 'end must be closing (go to the closing), transfer or hangup, not "{value}"',
  },
  badPause: {
    zh: 'pause 应为停顿的秒数（不小于 0 的数字），而不是“{value}”',
    en: 'pause must be the length of the pause in seconds (a number, 0 or more), not "{value}"',
  },
  branchNext: {
    zh: '每个分支都需要 next：客户这样回答后转到哪个轮次',
    en: 'Each branch needs a next: the turn the call goes to after this answer',
  },
};

/** Keys or values that break the script format. */
export const schema = defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    zh: '话术文件必须符合话术格式（键、值的类型、轮次结构）。',
    en: 'A script file must follow the script format (keys, value types, turn structure).',
  },
  check({ model, report }) {
    for (const problem of model.schema) {
      report({
        start: problem.start,
        end: problem.end,
        message: MESSAGES[problem.kind],
        ...(problem.args ? { args: problem.args } : {}),
      });
    }
  },
});

export const schemaMessages = MESSAGES;
