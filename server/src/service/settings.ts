import { toLocale, type Locale } from './l10n';
import { RULE_IDS } from './rules';
import { SEVERITIES, type RuleId, type Severity } from './rules/types';
import type { SpeakingSettings } from './flow/speakingSettings';

export type RuleLevel = Severity | 'off';

/** Settings that change what a check reports. */
export interface CheckSettings {
  locale: Locale;
  /** Severity per rule; rules not named keep their default. */
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Reading speed and the time budget of an agent turn (a team's `.huashu.yaml`). */
  speaking?: SpeakingSettings;
}

export const DEFAULT_SETTINGS: CheckSettings = { locale: 'en', rules: {} };

/** Cleans up settings from an untrusted source (editor configuration, CLI flags). */
export function settingsFrom(value: unknown): CheckSettings {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  const rawRules = raw.rules && typeof raw.rules === 'object' ? (raw.rules as Record<string, unknown>) : {};
  for (const id of RULE_IDS) {
    const level = rawRules[id];
    if (level === 'off' || (SEVERITIES as readonly unknown[]).includes(level)) rules[id] = level as RuleLevel;
  }
  return { locale: localeFrom(raw.locale), rules };
}

/** A locale setting: `zh-cn`, `zh-tw`, `en` or a language tag such as `zh-Hant`; English otherwise. */
function localeFrom(value: unknown): Locale {
  return typeof value === 'string' ? toLocale(value) : 'en';
}
