import { PhraseMatcher } from '../matcher/phraseMatcher';
import type { Classes, PhraseRule } from '../matcher/phraseRule';
import type { ForbiddenPhrase, Phrasebook } from './types';

/** A phrasebook ready for checking: the forbidden-phrase automaton is built once. */
export interface CompiledPhrasebook {
  book: Phrasebook;
  forbiddenMatcher: PhraseMatcher;
  placeholderNames: string[];
}

/**
 * The rule of each forbidden entry compiled so far, with the classes it was compiled with.
 * A team phrasebook that extends the built-in one shares its entries, so only the team's
 * own entries are compiled again, unless the team's classes change what the others mean.
 */
const compiledRules = new WeakMap<ForbiddenPhrase, { classes: Classes; rule: PhraseRule }>();

/** Whether a rule compiled with classes `before` means the same with classes `now`. */
function sameMeaning(before: Classes, now: Classes): boolean {
  if (before === now) return true;
  for (const [name, words] of before) if (now.get(name) !== words) return false;
  return before.has('filler') || !now.has('filler');
}

/**
 * Compiles a phrasebook. `known` gives rules compiled ahead of time, by entry index, with
 * the book's own classes.
 */
export function compilePhrasebook(
  book: Phrasebook,
  known: (index: number) => PhraseRule | undefined = () => undefined,
): CompiledPhrasebook {
  const classes: Classes = new Map(book.classes);
  const forbiddenMatcher = new PhraseMatcher(
    book.forbidden.map((f) => ({
      phrase: f.phrase,
      version: f.syntax ?? 1,
      ...(f.clause ? { clause: f.clause } : {}),
      ...(f.honest ? { honest: f.honest } : {}),
    })),
    book.classes,
    (index) => {
      const ahead = known(index);
      if (ahead) return ahead;
      const before = compiledRules.get(book.forbidden[index]!);
      return before && sameMeaning(before.classes, classes) ? before.rule : undefined;
    },
  );
  book.forbidden.forEach((f, index) => {
    const rule = forbiddenMatcher.rule(index);
    if (rule && !compiledRules.has(f)) compiledRules.set(f, { classes, rule });
  });
  return { book, forbiddenMatcher, placeholderNames: [...book.placeholders.keys()] };
}
