import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { ScriptModel } from '../parse/scriptModel';
import type { ScalarText } from '../parse/scalarText';
import type { CheckSettings, RuleLevel } from '../settings';
import { RULES } from '../rules';
import { stringSlot, stringValues } from '../rules/stringCache';
import { unusedWaiver, unusedWaiverFinding } from '../rules/unusedWaiver';
import { namesUnknownRule, waiverReason } from '../rules/waiverReason';
import type { Finding, Rule, Severity } from '../rules/types';
import { applyWaivers, type WaivedDiagnostic } from '../waivers/applyWaivers';
import { parseWaivers, type Waiver } from '../waivers/parseWaivers';
import type { FeatureContext } from './context';
import { writerForms } from './chineseForms';
import { isMostlyTraditional, toTraditional } from './traditional';

/** A rule level as the LSP severity of its diagnostics. */
export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
export const SEVERITY_NAME: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

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
  // A waiver that names a rule that does not exist is waiver-reason's finding, with its fix.
  const named = ruleLevel(waiverReason, context.settings) !== 'off';
  if (report) for (const w of unused) if (!(named && namesUnknownRule(w))) report(unusedWaiverFinding(w));
  return { diagnostics: kept.sort(byPosition), suppressed, waivers };
}

/** The slot of each string rule's findings on a string (rules/stringCache.ts). */
const FINDINGS = new Map<string, number>(RULES.filter((r) => r.checkSpeech).map((r) => [r.id, stringSlot()]));

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** What one string rule reports on one string, gathered without a list and a closure per string. */
const collected: Finding[] = [];
const collect = (f: Finding): void => {
  collected.push(f);
};

/** A string rule's finding, from value offsets to source offsets (which follow edits elsewhere). */
function inSource(f: Finding, text: ScalarText): Finding {
  const { replaceRange } = f.data ?? {};
  return {
    ...f,
    start: text.start[f.start]!,
    end: text.end[Math.max(f.start, f.end - 1)]!,
    ...(f.data && replaceRange
      ? {
          data: {
            ...f.data,
            replaceRange: [text.start[replaceRange[0]]!, text.end[Math.max(replaceRange[0], replaceRange[1] - 1)]!],
          },
        }
      : {}),
  };
}

function runRule(rule: Rule, context: FeatureContext, out: Diagnostic[]): void {
  const report = reporter(rule, context, out);
  if (!report) return;
  const { model, phrasebook } = context;
  rule.check?.({ model, phrasebook, settings: context.settings, report });
  if (!rule.checkSpeech || !rule.speechRoles) return;
  const slot = FINDINGS.get(rule.id)!;
  const { checkSpeech, speechRoles } = rule;
  for (const speech of model.speech) {
    if (!speechRoles.includes(speech.role)) continue;
    const values = stringValues(speech.text, phrasebook);
    let found = values[slot] as readonly Finding[] | undefined;
    if (found === undefined) {
      collected.length = 0;
      checkSpeech(speech, phrasebook, collect);
      // Most strings have no finding: they keep the one empty list, not a list each.
      values[slot] = found = collected.length === 0 ? NO_FINDINGS : collected.splice(0);
    }
    for (const f of found) report(inSource(f, speech.text));
  }
}

/** The level a rule reports at under `settings`: the one set for it, else its default. */
export function ruleLevel(rule: Rule, settings: CheckSettings): RuleLevel {
  return settings.rules[rule.id] ?? rule.defaultSeverity;
}

/** Turns a rule's findings into diagnostics in `out`; undefined when the rule is off. */
function reporter(
  rule: Rule,
  { model, settings, docsUrl }: FeatureContext,
  out: Diagnostic[],
): ((f: Finding) => void) | undefined {
  const level = ruleLevel(rule, settings);
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
      ...(f.data ? { data: toLspData(rule, f, model) } : {}),
      ...(rule.id === 'unused-waiver' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    });
  };
}

/** Rules whose replacements are phrasebook text, written in the script's own script and forms. */
const PHRASE_REPLACEMENTS: ReadonlySet<string> = new Set(['forbidden-phrase']);

/**
 * Fix data with source offsets turned into ranges, as the editor needs them. In a script
 * written in Traditional, phrasebook replacements are converted, so that every fix (and
 * "fix all", which reads the same data) inserts Traditional text.
 */
function toLspData(rule: Rule, finding: Finding, model: ScriptModel): unknown {
  const { replaceRange, ...rest } = finding.data!;
  if (PHRASE_REPLACEMENTS.has(rule.id) && rest.replacements && isMostlyTraditional(model)) {
    const forms = writerForms(model);
    rest.replacements = rest.replacements.map((r) => toTraditional(r, forms));
  }
  return replaceRange ? { ...rest, replaceRange: model.positions.range(replaceRange[0], replaceRange[1]) } : rest;
}
