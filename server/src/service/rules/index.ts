import { agentIdPlaceholder } from './agentIdPlaceholder';
import { configRule } from './config';
import { unusedWaiver } from './unusedWaiver';
import { waiverReason } from './waiverReason';
import { closingRequired } from './closingRequired';
import { danglingNext } from './danglingNext';
import { forbiddenPhrase } from './forbiddenPhrase';
import { greetingRequired } from './greetingRequired';
import { hardcodedAgentId } from './hardcodedAgentId';
import { legacyPlaceholder } from './legacyPlaceholder';
import { schema } from './schema';
import { unknownPlaceholder } from './unknownPlaceholder';
import { yamlSyntax } from './yamlSyntax';
import type { Rule } from './types';

/** Every rule, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  greetingRequired,
  closingRequired,
  forbiddenPhrase,
  agentIdPlaceholder,
  hardcodedAgentId,
  legacyPlaceholder,
  unknownPlaceholder,
  danglingNext,
  configRule,
  waiverReason,
  unusedWaiver,
];
