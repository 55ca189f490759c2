import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { localize, type Message } from '../l10n';
import { parseScript } from '../parse/scriptModel';
import { RULE_IDS } from '../rules';
import { parseWaivers } from '../waivers/parseWaivers';
import type { Fix } from './fix';
import { provesSafe } from './proof';
import { fixData } from './replacementFixes';

const USE_RULE: Message = { zh: '改用“{id}”', en: 'Use "{id}"' };
/** A name as waivers write rule ids. */
const RULE_NAME = /^[A-Za-z][\w-]*$/;

/**
 * The fix of a misspelled rule id in a waiver: the rule id `data.replacements[0]` in place of
 * `data.replaceRange`. Offered only when it is proven to change one rule id of one waiver
 * comment and nothing else: every value of the document stays as it was, and the waiver read
 * again is the same waiver (kind, place, reason) naming the new id where it named the old one.
 */
export function renameWaiverRuleFixes(diagnostic: Diagnostic, { model, settings }: FeatureContext): Fix[] {
  const { replacements, replaceRange } = fixData(diagnostic);
  const id = replacements[0];
  if (!replaceRange || id === undefined || !(RULE_IDS as readonly string[]).includes(id)) return [];
  const start = model.positions.offset(replaceRange.start);
  const end = model.positions.offset(replaceRange.end);
  const old = model.text.slice(start, end);
  if (!RULE_NAME.test(old) || old === id) return [];
  const before = parseWaivers(model).find((w) => w.start <= start && end <= w.end);
  const index = before?.rules.indexOf(old) ?? -1;
  if (!before || index === -1) return [];
  const edited = model.text.slice(0, start) + id + model.text.slice(end);
  if (!provesSafe(model.doc, edited, new Map())) return [];
  const after = parseWaivers(parseScript(edited)).find((w) => w.start === before.start);
  const expected = before.rules.map((r, i) => (i === index ? id : r));
  if (
    !after ||
    after.kind !== before.kind ||
    after.line !== before.line ||
    after.reason !== before.reason ||
    after.end - after.start !== before.end - before.start + id.length - old.length ||
    after.rules.join(' ') !== expected.join(' ')
  )
    return [];
  return [{ title: localize(USE_RULE, settings.locale, { id }), edit: { range: replaceRange, newText: id } }];
}
