import { defineRule } from './types';

/** Whether `text` holds `{name}` as a placeholder, not inside `{{name}}` (malformed-placeholder). */
function says(text: string, name: string): boolean {
  const spelling = `{${name}}`;
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    if (text[at - 1] !== '{' && text[at + spelling.length] !== '}') return true;
  }
  return false;
}

/** The agent introduces themselves by `{agent_id}`, filled in at call time. */
export const agentIdPlaceholder = defineRule({
  id: 'agent-id-placeholder',
  defaultSeverity: 'error',
  description: {
    zh: '话术中客服的话必须包含工号占位符 {agent_id}。',
    en: "The script's agent speech must contain the {agent_id} placeholder.",
  },
  check({ model, phrasebook, report }) {
    if (model.keys.size === 0) return;
    const names = ['agent_id'];
    for (const [alias, target] of phrasebook.book.placeholderAliases) if (target === 'agent_id') names.push(alias);
    const hasId = model.speech.some((s) => s.role === 'agent' && names.some((name) => says(s.text.value, name)));
    if (hasId) return;
    const greeting = model.keys.get('greeting');
    const [start, end] = greeting?.key.range ?? model.anchor;
    report({
      start,
      end,
      message: {
        zh: '话术中没有工号占位符 {agent_id}：请在开始语中用 {agent_id} 报工号',
        en: 'The script never says {agent_id}: introduce the agent with {agent_id} in the greeting',
      },
      data: { key: 'greeting' },
    });
  },
});
