import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover } from 'vscode-languageserver-types';
import { localize, type Message } from '../l10n';
import type { Speech } from '../parse/scriptModel';
import { rudeTone } from '../rules/rudeTone';
import type { Finding, Severity } from '../rules/types';
import type { FeatureContext } from './context';
import { ruleLevel } from './diagnostics';

const LEVEL_NAMES: Record<Severity, Message> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  information: { zh: '信息', en: 'information' },
  hint: { zh: '提示', en: 'hint' },
};

const EXPLAIN: Message = {
  zh:
    '**语气生硬**（{level}）：这是统计模型的判断，不是服务忌语表里的条目。模型从大量粗鲁与得体的客服用语中学到了' +
    '哪些字词组合让一句话听来生硬（消息里列出了分量最重的几处），可能判断有误。请换成礼貌、耐心的说法；' +
    '若这句话确实得体，可在行尾加 `# huashu-disable-line rude-tone -- 理由` 豁免，或在 `.huashu.yaml` 中调整 `rude-tone` 的级别。',
  en:
    '**Harsh tone** ({level}): a statistical judgement, not an entry of the forbidden phrases. A model learned from many ' +
    'rude and courteous agent lines which character sequences make a sentence sound harsh (the message names those that ' +
    'weighed most); it can be wrong. Say it courteously and patiently; if the sentence is fine, waive it with ' +
    '`# huashu-disable-line rude-tone -- reason` at the end of the line, or set the level of `rude-tone` in `.huashu.yaml`.',
};

/** The sentence of agent speech at `offset` that rude-tone reports (none when the rule is off), explained. */
export function toneHover(context: FeatureContext, speech: Speech, offset: number): Hover | null {
  const level = ruleLevel(rudeTone, context.settings);
  if (level === 'off' || !rudeTone.speechRoles?.includes(speech.role)) return null;
  const found: Finding[] = [];
  rudeTone.checkSpeech?.(speech, context.phrasebook, (f) => found.push(f));
  const { start, end } = speech.text;
  const hit = found.find((f) => offset >= start[f.start]! && offset <= end[f.end - 1]!);
  if (!hit) return null;
  const { locale } = context.settings;
  return {
    contents: { kind: MarkupKind.Markdown, value: localize(EXPLAIN, locale, { level: LEVEL_NAMES[level][locale] }) },
    range: context.model.positions.range(start[hit.start]!, end[hit.end - 1]!),
  };
}
