import { toLocale, type Locale } from './l10n';
import type { Channel } from './parse/scriptModel';
import { RULE_IDS } from './rules';
import { SEVERITIES, type RuleId, type Severity } from './rules/types';
import type { SpeakingSettings } from './flow/speakingSettings';

export type RuleLevel = Severity | 'off';

/** Settings that change what a check reports. */
export interface CheckSettings {
  locale: Locale;
  /** Severity per rule; rules not named keep their default. */
  rules: Partial<Record<RuleId, RuleLevel>>;
  /**
   * The rule levels for the scripts of each channel, in place of `rules`: set when a team's
   * `overrides` select by `channel:`, which only the script itself tells.
   */
  channelRules?: Partial<Record<Channel, Partial<Record<RuleId, RuleLevel>>>>;
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

/** The settings for a script of `channel` (undefined: a channel that is not valid, which channel overrides never select). */
export function settingsForChannel(settings: CheckSettings, channel: Channel | undefined): CheckSettings {
  if (!settings.channelRules) return settings;
  const { channelRules, ...rest } = settings;
  const rules = channel === undefined ? undefined : channelRules[channel];
  return rules ? { ...rest, rules } : rest;
}

/** Settings with `levels` winning over every level they set, for any channel (the CLI's `--rule`). */
export function withRules(settings: CheckSettings, levels: CheckSettings['rules']): CheckSettings {
  const over = (rules: CheckSettings['rules']) => Object.assign(Object.create(null), rules, levels);
  const { channelRules } = settings;
  return {
    ...settings,
    rules: over(settings.rules),
    ...(channelRules
      ? { channelRules: Object.fromEntries(Object.entries(channelRules).map(([c, rules]) => [c, over(rules)])) }
      : {}),
  };
}

/** A locale setting: `zh-cn`, `zh-tw`, `en` or a language tag such as `zh-Hant`; English otherwise. */
function localeFrom(value: unknown): Locale {
  return typeof value === 'string' ? toLocale(value) : 'en';
}
