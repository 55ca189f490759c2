import { Nfa } from './nfa';
import { anchors, expandRepeats, lengthRange } from './patternCompile';
import { foldLiteral, parsePattern, type PatternNode } from './patternSyntax';

/** How a phrase may sit in its clause. */
export type ClauseMode = 'whole' | 'any';

/** A context in which a phrase is honest; every condition given must hold. */
export interface HonestContext {
  /** A v2 pattern that ends right before the phrase. */
  before?: string;
  /** A v2 pattern that starts right after the phrase. */
  after?: string;
  /** The phrase stands inside a quotation (“…”, 「…」, "…"). */
  quoted?: boolean;
}

/** A forbidden phrase as the loader hands it to the matcher. */
export interface PhraseSpec {
  phrase: string;
  /** 1: literal text with {*} blanks; 2: a pattern. */
  version: 1 | 2;
  clause?: ClauseMode;
  honest?: readonly HonestContext[];
}

/** Classes of synonyms by name; `filler` and `particle` have a meaning of their own. */
export type Classes = ReadonlyMap<string, readonly string[]>;

/** A phrase whose shortest match is this short matches only as a whole clause by default. */
export const SHORT_PHRASE = 2;

export interface CompiledHonest {
  before?: Nfa;
  after?: Nfa;
  quoted: boolean;
}

/** A phrase ready for matching. */
export interface PhraseRule {
  nfa: Nfa;
  anchors: number[][];
  maxLength: number;
  whole: boolean;
  honest: CompiledHonest[];
}

function reversed(node: PatternNode): PatternNode {
  switch (node.t) {
    case 'seq':
      return { t: 'seq', items: node.items.map(reversed).reverse() };
    case 'alt':
      return { t: 'alt', options: node.options.map(reversed) };
    case 'opt':
      return { t: 'opt', body: reversed(node.body) };
    case 'class':
      return { ...node, words: node.words.map((w) => [...w].reverse()) };
    case 'cap':
      return { t: 'cap', body: reversed(node.body) };
    default:
      return node;
  }
}

function context(pattern: string, classes: Classes, fillers: number[][], backwards: boolean): Nfa {
  const node = expandRepeats(parsePattern(pattern, 2, classes, true));
  return new Nfa(backwards ? reversed(node) : node, fillers);
}

/** The filler words of the classes, folded. */
export function fillersOf(classes: Classes): number[][] {
  return (classes.get('filler') ?? []).map(foldLiteral).filter((w) => w.length > 0);
}

/**
 * Compiles one phrase. Throws a PatternError (message and args) for a malformed phrase.
 * Cost is linear in the phrase, bounded by MAX_STATES.
 */
export function compileRule(spec: PhraseSpec, classes: Classes): PhraseRule {
  const fillers = fillersOf(classes);
  const node = expandRepeats(parsePattern(spec.phrase, spec.version, classes));
  const nfa = new Nfa(node, fillers);
  const [minLength, maxLength] = lengthRange(node, fillers);
  const whole = spec.clause ? spec.clause === 'whole' : spec.version === 2 && minLength <= SHORT_PHRASE;
  return {
    nfa,
    anchors: anchors(node),
    maxLength,
    whole,
    honest: (spec.honest ?? []).map((h) => ({
      ...(h.before !== undefined ? { before: context(h.before, classes, fillers, true) } : {}),
      ...(h.after !== undefined ? { after: context(h.after, classes, fillers, false) } : {}),
      quoted: h.quoted === true,
    })),
  };
}

/** The fewest characters a match of the phrase covers. */
export function minimumLength(spec: PhraseSpec, classes: Classes): number {
  const fillers = fillersOf(classes);
  return lengthRange(expandRepeats(parsePattern(spec.phrase, spec.version, classes)), fillers)[0];
}
