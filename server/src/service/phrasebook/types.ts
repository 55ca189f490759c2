import type { Message } from '../l10n';
import type { ClauseMode, HonestContext } from '../matcher/phraseRule';

/** Where an entry was defined, for error messages and hovers. */
export interface Origin {
  file: string;
  line: number;
}

export interface Category {
  id: string;
  name: Message;
  /** Why phrases of this category hurt (forbidden categories). */
  why?: Message;
}

/** An approved phrase (规范用语). */
export interface ApprovedPhrase {
  id: string;
  text: string;
  category: string;
  situation?: string;
  when?: string;
  source?: string;
  /** False: completion leaves it out (a phrase for a narrow case, such as a trainee's greeting). */
  offer?: boolean;
  origin: Origin;
}

/** A forbidden phrase (服务忌语) with the approved phrases to say instead. */
export interface ForbiddenPhrase {
  id: string;
  /** Literal text with `{*}` blanks (syntax 1) or a pattern (syntax 2). */
  phrase: string;
  /** The format version of the file that defined it; 1 when absent. */
  syntax?: 1 | 2;
  /** `whole`: only as a whole clause; `any`: anywhere in a clause. Absent: by its length. */
  clause?: ClauseMode;
  /** Contexts in which the phrase is honest speech. */
  honest?: HonestContext[];
  category: string;
  /** Why this phrase hurts, when it says more than its category's `why` (a team's own entry). */
  why?: Message;
  suggest: string[];
  source?: string;
  origin: Origin;
}

export interface Placeholder {
  name: string;
  description: Message;
}

/** The merged phrasebook the rules and editor features work from. */
export interface Phrasebook {
  approved: ApprovedPhrase[];
  forbidden: ForbiddenPhrase[];
  approvedById: Map<string, ApprovedPhrase>;
  approvedCategories: Map<string, Category>;
  forbiddenCategories: Map<string, Category>;
  placeholders: Map<string, Placeholder>;
  /** Classes of synonyms for forbidden-phrase patterns (`<说>`), by name. */
  classes: Map<string, string[]>;
  /** Other names that count as a placeholder (`{工号}` for `{agent_id}`), by alias. */
  placeholderAliases: Map<string, string>;
}

/** A mistake in a phrasebook file. */
export interface PhrasebookError {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  message: Message;
  args?: Record<string, string>;
}
