import { sectionFixes } from '../edit/sectionFixes';
import { requiredSectionRule } from './requiredSection';
import { defineRule } from './types';

/** Every script opens with a greeting (开始语). */
export const greetingRequired = defineRule({
  ...requiredSectionRule(
    'greeting-required',
    'greeting',
    { zh: '每个话术都必须有开始语（greeting）。', en: 'Every script needs a greeting.' },
    {
      missing: { zh: '话术缺少开始语（greeting）', en: 'The script has no greeting' },
      empty: { zh: '开始语（greeting）为空', en: 'The greeting is empty' },
    },
  ),
  fixes: sectionFixes('greeting'),
});
