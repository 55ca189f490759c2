import type { Diagnostic } from 'vscode-languageserver-types';
import type { Fix } from '../edit/fix';
import { replacementFixes } from '../edit/replacementFixes';
import { RULE_BY_ID } from '../rules';
import type { FeatureContext } from './context';

export type { Fix } from '../edit/fix';

/**
 * The fixes of a diagnostic, preferred first, from its `code` and `data` alone (and the
 * document the edits apply to): the rule's own `fixes`, else `data.replacements` in place
 * of the range. Every edit is proven safe before it is offered; diagnostics of other
 * sources give none.
 */
export function fixesFor(context: FeatureContext, diagnostic: Diagnostic): Fix[] {
  if (diagnostic.source !== undefined && diagnostic.source !== 'huashu') return [];
  const rule = RULE_BY_ID.get(String(diagnostic.code));
  return rule?.fixes ? rule.fixes(diagnostic, context) : replacementFixes(context, diagnostic);
}

/** The preferred fix of a diagnostic, without working out the others. */
export function preferredFix(context: FeatureContext, diagnostic: Diagnostic): Fix | undefined {
  if (diagnostic.source !== undefined && diagnostic.source !== 'huashu') return undefined;
  const rule = RULE_BY_ID.get(String(diagnostic.code));
  return (
    rule?.fixes ? rule.fixes(diagnostic, context, true) : replacementFixes(context, diagnostic, undefined, true)
  )[0];
}
