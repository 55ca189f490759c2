import type { Diagnostic } from 'vscode-languageserver-types';
import type { Fix } from '../edit/fix';
import type { FeatureContext } from '../features/context';
import type { Message } from '../l10n';
import type { Role, ScriptModel, Speech } from '../parse/scriptModel';
import type { CompiledPhrasebook } from '../phrasebook/compiled';
import type { RULES } from './index';
import type { CheckSettings } from '../settings';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Every rule id, in the order of `RULES` (rules/index.ts), the one list of rules. */
export type RuleId = (typeof RULES)[number]['id'];

/** What a rule reports: source offsets, a message and data for quick fixes. */
export interface Finding {
  start: number;
  end: number;
  message: Message;
  args?: Record<string, string>;
  /** Overrides the rule's severity for this finding (e.g. YAML warnings). */
  severity?: Severity;
  data?: FixData;
}

/** Everything a quick fix needs, carried on the diagnostic so fixes keep no state. */
export interface FixData {
  /** Texts that may replace the diagnostic's range, preferred first. */
  replacements?: string[];
  /** When the fix replaces more than the diagnostic's range: source offsets to replace. */
  replaceRange?: [number, number];
  /** The phrasebook entry behind the finding. */
  phraseId?: string;
  /** The key a missing section needs (greeting, closing). */
  key?: string;
}

export interface RuleContext {
  model: ScriptModel;
  phrasebook: CompiledPhrasebook;
  /** The settings of the check, for rules that take options (turn-too-long's budget). */
  settings?: CheckSettings;
  report(finding: Finding): void;
}

/**
 * A check with its metadata; one rule per file. A rule looks at the whole script (`check`)
 * or at one string at a time (`checkSpeech`, for the roles in `speechRoles`): the findings
 * of a string depend on its text alone, in value offsets, and are reused while it is unchanged.
 */
export interface Rule<Id extends string = RuleId> {
  id: Id;
  defaultSeverity: Severity;
  description: Message;
  /**
   * Where the rule's findings are: in script files (the default), or only in `.huashu.yaml`
   * and the phrasebook files it names (`config`), which the configuration loader reports.
   */
  reportsOn?: 'script' | 'config';
  check?(context: RuleContext): void;
  speechRoles?: readonly Role[];
  checkSpeech?(speech: Speech, phrasebook: CompiledPhrasebook, report: (finding: Finding) => void): void;
  /**
   * The rule's own fixes of one of its diagnostics, preferred first (with `first`, only the
   * preferred one is needed); without it, `data.replacements` replace the range.
   */
  fixes?(diagnostic: Diagnostic, context: FeatureContext, first?: boolean): Fix[];
}

/** A rule with its id as a literal type, so that `RuleId` is the union of the ids in `RULES`. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
