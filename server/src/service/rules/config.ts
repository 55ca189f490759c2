import { defineRule } from './types';

/**
 * Mistakes in `.huashu.yaml` or a phrasebook file it names. Reported on those files by the
 * configuration loader (config/diagnostics.ts, at this rule's level), never in a script.
 */
export const configRule = defineRule({
  id: 'config',
  defaultSeverity: 'error',
  reportsOn: 'config',
  description: {
    zh: '.huashu.yaml 及其引用的短语库文件必须有效；出错时沿用上一次有效的配置。',
    en: '.huashu.yaml and the phrasebook files it names must be valid; on a mistake the last good configuration is kept.',
  },
});
