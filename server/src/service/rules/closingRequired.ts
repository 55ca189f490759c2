import { sectionFixes } from '../edit/sectionFixes';
import { requiredSectionRule } from './requiredSection';
import { defineRule } from './types';

/** Every script ends with a closing (结束语). */
export const closingRequired = defineRule({
  ...requiredSectionRule(
    'closing-required',
    'closing',
    { zh: '每个话术都必须有结束语（closing）。', en: 'Every script needs a closing.' },
    {
      missing: { zh: '话术缺少结束语（closing）', en: 'The script has no closing' },
      empty: { zh: '结束语（closing）为空', en: 'The closing is empty' },
    },
  ),
  fixes: sectionFixes('closing'),
});
