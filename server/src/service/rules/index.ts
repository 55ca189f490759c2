import { agentIdPlaceholder } from './agentIdPlaceholder';
import { closingRequired } from './closingRequired';
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
];
