import type { Diagnostic } from 'vscode-languageserver-types';
import { LSP_SEVERITY, ruleLevel } from '../features/diagnostics';
import { localize } from '../l10n';
import { configRule } from '../rules/config';
import type { CheckSettings } from '../settings';
import { PositionMapper } from '../text/positions';
import type { ResolvedConfig } from './resolve';
import type { ConfigProblem } from './types';

/**
 * The settings that apply to a configuration's own problems: the shell's settings, then the
 * `rules` of the configuration in force (as for the scripts it governs; overrides name scripts,
 * not the configuration, so they do not apply).
 */
export function settingsForConfigFile(resolved: ResolvedConfig | undefined, base: CheckSettings): CheckSettings {
  return resolved ? { ...base, rules: { ...base.rules, ...resolved.config.rules } } : base;
}

/**
 * Configuration problems as diagnostics of the `config` rule, grouped by the file they are in,
 * at the rule's level in `settings` (none when it is off).
 */
export function configDiagnostics(
  problems: ConfigProblem[],
  texts: Map<string, string>,
  settings: CheckSettings,
  docsUrl: string,
): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const level = ruleLevel(configRule, settings);
  if (level === 'off') return byFile;
  for (const p of problems) {
    const map = new PositionMapper(texts.get(p.file) ?? '');
    const list = byFile.get(p.file) ?? [];
    list.push({
      range: map.range(p.span.start, p.span.end),
      severity: LSP_SEVERITY[p.warning && level === 'error' ? 'warning' : level],
      code: configRule.id,
      codeDescription: { href: `${docsUrl}#${configRule.id}` },
      source: 'huashu',
      message: localize(p.message, settings.locale, p.args),
    });
    byFile.set(p.file, list);
  }
  return byFile;
}
