import { parseWaivers } from '../waivers/parseWaivers';
import { defineRule } from './types';

/** A waiver must say why it was granted, after `--`. */
export const waiverReason = defineRule({
  id: 'waiver-reason',
  defaultSeverity: 'warning',
  description: {
    zh: '每个 huashu-disable 豁免注释都要在 -- 后写明原因，方便审核。',
    en: 'Every huashu-disable waiver comment says why after --, so reviewers can judge it.',
  },
  check({ model, report }) {
    for (const w of parseWaivers(model)) {
      if (w.kind === 'enable' || w.reason !== undefined) continue;
      report({
        start: w.start,
        end: w.end,
        message: {
          zh: '豁免没有写原因：请在 -- 后说明为什么允许，例如“# huashu-disable-next-line forbidden-phrase -- 引用客户原话”',
          en: 'The waiver gives no reason: say why after --, e.g. "# huashu-disable-next-line forbidden-phrase -- quoting the customer"',
        },
      });
    }
  },
});
