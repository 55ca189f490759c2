import type { Message } from '../l10n';
import type { Rule, RuleContext } from './types';

/** Builds the rule that a section (`greeting`, `closing`) exists and holds agent speech. */
export function requiredSectionRule<const Id extends string>(
  id: Id,
  key: 'greeting' | 'closing',
  description: Message,
  messages: { missing: Message; empty: Message },
): Rule<Id> {
  return {
    id,
    defaultSeverity: 'error',
    description,
    check({ model, report }: RuleContext) {
      const notScript = model.schema.some((p) => p.kind === 'notScript');
      if ((notScript || model.syntax.some((p) => !p.warning)) && model.keys.size === 0) return;
      const pair = model.keys.get(key);
      if (!pair) {
        report({ start: model.anchor[0], end: model.anchor[1], message: messages.missing, data: { key } });
        return;
      }
      const spoken = model.speech.some((s) => s.section === key && s.role === 'agent' && s.text.value.trim() !== '');
      if (!spoken) {
        const range = pair.key.range ?? [model.anchor[0], model.anchor[1]];
        report({ start: range[0], end: range[1], message: messages.empty, data: { key } });
      }
    },
  };
}
