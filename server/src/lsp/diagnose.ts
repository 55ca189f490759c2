import type { Diagnostic } from 'vscode-languageserver';
import type { ScriptModel } from '../service';
import type { ScriptTarget } from './scriptConfigs';
import { checkFailure, problemDiagnostic, type TextProblem } from './scriptText';

/** What can be checked: a parsed script, a text, or a file that is not checked and why. */
export type Checkable = { model: ScriptModel } | { text: string } | { problem: TextProblem };

/**
 * The diagnostics of one script for its target: none when Huashu is disabled for it.
 * A check that throws gives one diagnostic saying so, so the file never silently loses its report.
 */
export function diagnose(target: ScriptTarget, input: Checkable): Diagnostic[] {
  if (!target.enable) return [];
  if ('problem' in input) return [problemDiagnostic(input.problem, target.settings.locale)];
  try {
    return target.service.validate('model' in input ? input.model : input.text, target.settings);
  } catch (error) {
    return [problemDiagnostic(checkFailure(error), target.settings.locale)];
  }
}
