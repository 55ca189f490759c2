import { PhraseMatcher } from '../matcher/phraseMatcher';
import type { Phrasebook } from './types';

/** A phrasebook ready for checking: the forbidden-phrase automaton is built once. */
export interface CompiledPhrasebook {
  book: Phrasebook;
  forbiddenMatcher: PhraseMatcher;
  placeholderNames: string[];
}

export function compilePhrasebook(book: Phrasebook): CompiledPhrasebook {
  return {
    book,
    forbiddenMatcher: new PhraseMatcher(
      book.forbidden.map((f) => ({
        phrase: f.phrase,
        version: f.syntax ?? 1,
        ...(f.clause ? { clause: f.clause } : {}),
        ...(f.honest ? { honest: f.honest } : {}),
      })),
      book.classes,
    ),
    placeholderNames: [...book.placeholders.keys()],
  };
}
