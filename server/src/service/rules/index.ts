import { agentIdPlaceholder } from './agentIdPlaceholder';
import { branchWithoutFallback } from './branchWithoutFallback';
import { closingRequired } from './closingRequired';
import { configRule } from './config';
import { danglingNext } from './danglingNext';
import { deadEnd } from './deadEnd';
import { directAddress } from './directAddress';
import { forbiddenPhrase } from './forbiddenPhrase';
import { greetingRequired } from './greetingRequired';
import { hardcodedAgentId } from './hardcodedAgentId';
import { legacyPlaceholder } from './legacyPlaceholder';
import { loopWithoutExit } from './loopWithoutExit';
import { malformedPlaceholder } from './malformedPlaceholder';
import { politePronoun } from './politePronoun';
import { priceQuote } from './priceQuote';
import { rudeTone } from './rudeTone';
import { schema } from './schema';
import { turnTooLong } from './turnTooLong';
import { unknownPlaceholder } from './unknownPlaceholder';
import { unreachableTurn } from './unreachableTurn';
import { unusedWaiver } from './unusedWaiver';
import { waiverReason } from './waiverReason';
import { yamlSyntax } from './yamlSyntax';
import type { Rule, RuleId } from './types';

/**
 * Every rule, in the order their findings are listed: the one source of the rule ids, the
 * settings and schema entries (scripts/rule-files.ts) and the rule documentation checks.
 */
export const RULES = [
  yamlSyntax,
  schema,
  greetingRequired,
  closingRequired,
  forbiddenPhrase,
  politePronoun,
  directAddress,
  priceQuote,
  agentIdPlaceholder,
  hardcodedAgentId,
  legacyPlaceholder,
  unknownPlaceholder,
  malformedPlaceholder,
  danglingNext,
  unreachableTurn,
  deadEnd,
  loopWithoutExit,
  branchWithoutFallback,
  turnTooLong,
  configRule,
  waiverReason,
  unusedWaiver,
  rudeTone,
] as const;

/** Every rule id, in the order of `RULES`. */
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

/** The rule with the id, by id. */
export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
