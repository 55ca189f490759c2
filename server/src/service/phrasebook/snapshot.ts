import type { PhraseRule } from '../matcher/phraseRule';
import { compilePhrasebook, type CompiledPhrasebook } from './compiled';
import type { ApprovedPhrase, Category, ForbiddenPhrase, Placeholder } from './types';

/**
 * A compiled phrasebook as plain data (JSON): the build writes the built-in phrasebook this
 * way, so that a run restores it instead of parsing and compiling its YAML.
 */
export interface PhrasebookSnapshot {
  approved: ApprovedPhrase[];
  forbidden: ForbiddenPhrase[];
  /** Each id with the index of its phrase in `approved`. */
  approvedById: Array<[string, number]>;
  approvedCategories: Array<[string, Category]>;
  forbiddenCategories: Array<[string, Category]>;
  placeholders: Array<[string, Placeholder]>;
  classes: Array<[string, string[]]>;
  placeholderAliases: Array<[string, string]>;
  /** The rule of each forbidden entry, null for one that does not parse. */
  rules: Array<PhraseRule | null>;
}

export function toSnapshot({ book, forbiddenMatcher }: CompiledPhrasebook): PhrasebookSnapshot {
  const index = new Map(book.approved.map((p, i) => [p, i]));
  return {
    approved: book.approved,
    forbidden: book.forbidden,
    approvedById: [...book.approvedById].map(([id, phrase]) => {
      const at = index.get(phrase);
      if (at === undefined) throw new Error(`approved phrase ${id} is not in the list of approved phrases`);
      return [id, at];
    }),
    approvedCategories: [...book.approvedCategories],
    forbiddenCategories: [...book.forbiddenCategories],
    placeholders: [...book.placeholders],
    classes: [...book.classes],
    placeholderAliases: [...book.placeholderAliases],
    rules: book.forbidden.map((_, i) => {
      return forbiddenMatcher.rule(i) ?? null;
    }),
  };
}

export function fromSnapshot(s: PhrasebookSnapshot): CompiledPhrasebook {
  const book = {
    approved: s.approved,
    forbidden: s.forbidden,
    approvedById: new Map(s.approvedById.map(([id, at]) => [id, s.approved[at]!])),
    approvedCategories: new Map(s.approvedCategories),
    forbiddenCategories: new Map(s.forbiddenCategories),
    placeholders: new Map(s.placeholders),
    classes: new Map(s.classes),
    placeholderAliases: new Map(s.placeholderAliases),
  };
  return compilePhrasebook(book, (i) => s.rules[i] ?? undefined);
}
