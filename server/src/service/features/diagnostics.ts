import type { Diagnostic } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { ScriptModel } from '../parse/scriptModel';
import { RULES } from '../rules';
import { unusedWaiver, unusedWaiverFinding } from '../rules/unusedWaiver';
import type { Finding, Rule, Severity } from '../rules/types';
import { applyWaivers, type WaivedDiagnostic } from '../waivers/applyWaivers';
import { parseWaivers, type Waiver } from '../waivers/parseWaivers';
import type { FeatureContext } from './context';

const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };
export const SEVERITY_NAME: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/**
 * The one implementation of checking: runs every enabled rule and turns its findings into
 * LSP diagnostics, ordered by position. `validate` and the "fix all" code actions share it.
 */
export function validate(context: FeatureContext): Diagnostic[] {
  return check(context).diagnostics;
}

/** A check's whole outcome: what stands, what waivers silenced, and the waivers. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  suppressed: WaivedDiagnostic[];
  waivers: Waiver[];
}

const byPosition = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** Runs every enabled rule, then the waiver comments: the findings they silence are set apart. */
export function check(context: FeatureContext): CheckResult {
  const out: Diagnostic[] = [];
  for (const rule of RULES) runRule(rule, context, out);
  const waivers = parseWaivers(context.model);
  const { kept, suppressed, unused } = applyWaivers(out, waivers);
  const report = reporter(unusedWaiver, context, kept);
  if (report) for (const w of unused) report(unusedWaiverFinding(w, context.model.text));
  return { diagnostics: kept.sort(byPosition), suppressed, waivers };
}

function runRule(rule: Rule, context: FeatureContext, out: Diagnostic[]): void {
  const report = reporter(rule, context, out);
  if (report) rule.check({ model: context.model, phrasebook: context.phrasebook, report });
}

/** Turns a rule's findings into diagnostics in `out`; undefined when the rule is off. */
function reporter(rule: Rule, { model, settings, docsUrl }: FeatureContext, out: Diagnostic[]): ((f: Finding) => void) | undefined {
  const level = settings.rules[rule.id] ?? rule.defaultSeverity;
  if (level === 'off') return undefined;
  return (f: Finding) => {
    const severity = f.severity && level === rule.defaultSeverity ? f.severity : level;
    out.push({
      range: model.positions.range(f.start, f.end),
      severity: LSP_SEVERITY[severity],
      code: rule.id,
      codeDescription: { href: `${docsUrl}#${rule.id}` },
      source: 'huashu',
      message: localize(f.message, settings.locale, f.args),
      ...(f.data ? { data: toLspData(f, model) } : {}),
      ...(rule.id === 'unused-waiver' ? { tags: [1 as const] } : {}),
    });
  };
}

/** Fix data with source offsets turned into ranges, as the editor needs them. */
function toLspData(finding: Finding, model: ScriptModel): unknown {
  const { replaceRange, ...rest } = finding.data!;
  return replaceRange ? { ...rest, replaceRange: model.positions.range(replaceRange[0], replaceRange[1]) } : rest;
}
