import type { Rule } from './types';

/**
 * Mistakes in `.huashu.yaml` or a phrasebook file it names. Reported by the configuration
 * loader on those files, not by checking a script, so `check` finds nothing in a script.
 */
export const configRule: Rule = {
  id: 'config',
  defaultSeverity: 'error',
  description: {
    zh: '.huashu.yaml 及其引用的短语库文件必须有效；出错时沿用上一次有效的配置。',
    en: '.huashu.yaml and the phrasebook files it names must be valid; on a mistake the last good configuration is kept.',
  },
  check() {},
};
