import { removeWaiverFixes } from '../edit/waiverRemoval';
import type { Waiver } from '../waivers/parseWaivers';
import { defineRule, type Finding } from './types';

/**
 * A waiver that silences nothing. Found after the other rules have run (see
 * features/diagnostics.ts), since only then is it known what each waiver silenced.
 */
export const unusedWaiver = defineRule({
  id: 'unused-waiver',
  defaultSeverity: 'hint',
  description: {
    zh: '不再豁免任何问题的 huashu-disable 注释应当删除。',
    en: 'A huashu-disable comment that silences nothing should be removed.',
  },
  check() {},
  fixes: removeWaiverFixes,
});

/**
 * The finding for one unused waiver; its fix deletes the comment: its whole line when it
 * stands alone, else the comment at the end of the line.
 */
export function unusedWaiverFinding(w: Waiver): Finding {
  return {
    start: w.start,
    end: w.end,
    message:
      w.rules.length > 0
        ? {
            zh: '这个豁免没有豁免任何问题（{rules}），可以删除',
            en: 'This waiver silences nothing ({rules}); it can be removed',
          }
        : { zh: '这个豁免没有豁免任何问题，可以删除', en: 'This waiver silences nothing; it can be removed' },
    args: { rules: w.rules.join(', ') },
    data: { replacements: [''], replaceRange: w.removal },
  };
}
