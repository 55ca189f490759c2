import type { Diagnostic } from 'vscode-languageserver-types';
import type { Fix } from '../edit/fix';
import type { FeatureContext } from '../features/context';
import type { Message } from '../l10n';
import type { Role, ScriptModel, Speech } from '../parse/scriptModel';
import type { CompiledPhrasebook } from '../phrasebook/compiled';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const RULE_IDS = [
  'yaml-syntax',
  'schema',
  'greeting-required',
  'closing-required',
  'forbidden-phrase',
  'agent-id-placeholder',
  'hardcoded-agent-id',
  'legacy-placeholder',
  'unknown-placeholder',
  'config',
  'waiver-reason',
  'unused-waiver',
  'dangling-next',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

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
  report(finding: Finding): void;
}

/**
 * A check with its metadata; one rule per file. A rule looks at the whole script (`check`)
 * or at one string at a time (`checkSpeech`, for the roles in `speechRoles`): the findings
 * of a string depend on its text alone, in value offsets, and are reused while it is unchanged.
 */
export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  description: Message;
  check?(context: RuleContext): void;
  speechRoles?: readonly Role[];
  checkSpeech?(speech: Speech, phrasebook: CompiledPhrasebook, report: (finding: Finding) => void): void;
  /** The rule's own fixes of one of its diagnostics, preferred first; without it, `data.replacements` replace the range. */
  fixes?(diagnostic: Diagnostic, context: FeatureContext): Fix[];
}
