import type { Message } from '../l10n';
import { TOP_KEYS, TURN_KEYS, VARIANT_KEYS } from '../parse/scriptModel';

type TopKey = (typeof TOP_KEYS)[number];
type TurnKey = (typeof TURN_KEYS)[number];
type VariantKey = (typeof VARIANT_KEYS)[number];

/** What each key of the script format means, for completion and hover. */
export const TOP_KEY_DOCS: Record<TopKey, Message> = {
  script: { zh: '必填：话术的名称。', en: "Required: the script's name." },
  brand: {
    zh: '可选：公司、服务中心或热线的名称，即占位符 {brand} 的值。',
    en: 'Optional: the company, service centre or hotline name; the value of {brand}.',
  },
  channel: {
    zh: '可选：服务渠道，phone（电话，默认）或 chat（在线）。',
    en: 'Optional: the channel, phone (the default) or chat.',
  },
  greeting: {
    zh: '必填：开始语。一个字符串，或由字符串和 {agent, when} 组成的列表；都是客服说的话。',
    en: 'Required: the greeting. A string, or a list of strings and {agent, when} variants; all of it is agent speech.',
  },
  steps: { zh: '可选：主对话，按顺序排列的轮次列表。', en: 'Optional: the main dialogue, a list of turns in order.' },
  scenarios: {
    zh: '可选：特殊情景，每个情景名下是一个轮次列表；与短语库 situation 同名的情景优先补全对应用语。',
    en: "Optional: special situations, each a list of turns; a scenario named like a phrasebook situation gets that situation's phrases first in completion.",
  },
  closing: {
    zh: '必填：结束语。一个字符串，或由字符串和 {agent, when} 组成的列表。',
    en: 'Required: the closing. A string, or a list of strings and {agent, when} variants.',
  },
};

export const TURN_KEY_DOCS: Record<TurnKey, Message> = {
  id: {
    zh: '可选：轮次的 id，供 next 引用；在整个话术中唯一。',
    en: "Optional: the turn's id, for next to refer to; unique in the script.",
  },
  agent: {
    zh: '客服说的话；检查服务忌语和占位符。每个轮次恰好有 agent 或 customer 之一。',
    en: 'What the agent says; checked for forbidden phrases and placeholders. A turn has exactly one of agent or customer.',
  },
  customer: {
    zh: '客户说的话；不检查服务忌语。每个轮次恰好有 agent 或 customer 之一。',
    en: 'What the customer says; never checked for forbidden phrases. A turn has exactly one of agent or customer.',
  },
  when: { zh: '可选：这一轮次适用的条件。', en: 'Optional: the condition under which this turn applies.' },
  note: {
    zh: '可选：给编写和审核人员的备注，不会说出口，也不检查。',
    en: 'Optional: a note for writers and reviewers; never spoken, never checked.',
  },
  next: { zh: '可选：接下来的轮次的 id。', en: 'Optional: the id of the turn that follows.' },
  branches: {
    zh: '可选：按客户的回答分支，每项为 {answer: 客户的回答, next: 轮次 id}。',
    en: "Optional: branches on the customer's answer, each {answer: what the customer says, next: turn id}.",
  },
  otherwise: {
    zh: '可选：客户的回答与所有分支都不符时转到的轮次 id。',
    en: "Optional: the id of the turn to go to when the customer's answer matches no branch.",
  },
  end: {
    zh: '可选：通话在此结束：closing（进入结束语）、transfer（转接）或 hangup（挂机）。',
    en: 'Optional: the call ends here: closing (go to the closing), transfer or hangup.',
  },
  pause: {
    zh: '可选：这一轮次之后停顿的秒数，如 等待3秒重复一次 写作 pause: 3。',
    en: 'Optional: seconds of pause after this turn, e.g. pause: 3 for 等待3秒重复一次.',
  },
};

export const VARIANT_KEY_DOCS: Record<VariantKey, Message> = {
  agent: {
    zh: '这一版本的开始语或结束语，是客服说的话。',
    en: 'The words of this greeting or closing variant; agent speech.',
  },
  when: {
    zh: '可选：使用这一版本的条件，如 节假日。',
    en: 'Optional: when this variant is used, e.g. 节假日 (holidays).',
  },
};

export const CHANNEL_DOCS: Record<string, Message> = {
  phone: { zh: '电话（默认）', en: 'Phone (the default)' },
  chat: { zh: '在线文字客服', en: 'Online chat' },
};
