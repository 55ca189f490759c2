import type { Nfa } from './nfa';
import { buildNfa } from './nfaBuild';
import { anchors, expandRepeats, lengthRange, requiredClauses } from './patternCompile';
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

/** A context in which a phrase is honest, parsed: `before` reads backwards from the phrase. */
export interface HonestPattern {
  before?: PatternNode;
  after?: PatternNode;
  quoted: boolean;
}

/**
 * A phrase ready for matching: plain data (a phrasebook compiled ahead of time holds it as
 * JSON). Its automata are built from `pattern` and `honest` on first use (buildAutomata).
 */
export interface PhraseRule {
  /** The phrase's pattern, repeats expanded. */
  pattern: PatternNode;
  anchors: number[][];
  /** Clauses of units: every match contains one unit of each (requiredClauses). */
  required: number[][];
  maxLength: number;
  whole: boolean;
  honest: HonestPattern[];
}

export interface CompiledHonest {
  before?: Nfa;
  after?: Nfa;
  quoted: boolean;
}

/** The automata of a rule. */
export interface RuleAutomata {
  nfa: Nfa;
  honest: CompiledHonest[];
}

/** A phrase with its automata built. */
export type CompiledRule = Omit<PhraseRule, 'pattern' | 'honest' | 'required'> & RuleAutomata;

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

function context(pattern: string, classes: Classes, backwards: boolean): PatternNode {
  const node = expandRepeats(parsePattern(pattern, 2, classes, true));
  return backwards ? reversed(node) : node;
}

/** The filler words of the classes, folded. */
export function fillersOf(classes: Classes): number[][] {
  return (classes.get('filler') ?? []).map(foldLiteral).filter((w) => w.length > 0);
}

/** Builds the automata of a rule; throws a PatternError when one is too large. */
export function buildAutomata(rule: PhraseRule, fillers: readonly number[][]): RuleAutomata {
  return {
    nfa: buildNfa(rule.pattern, fillers),
    honest: rule.honest.map((h) => ({
      ...(h.before !== undefined ? { before: buildNfa(h.before, fillers) } : {}),
      ...(h.after !== undefined ? { after: buildNfa(h.after, fillers) } : {}),
      quoted: h.quoted,
    })),
  };
}

/**
 * Parses one phrase into its rule; with `build`, also builds its automata, each right after
 * its pattern, so that the first mistake of the phrase is the one thrown.
 */
function compile(spec: PhraseSpec, classes: Classes, build: boolean): { rule: PhraseRule; automata?: RuleAutomata } {
  const fillers = fillersOf(classes);
  const nfaOf = (node: PatternNode) => (build ? buildNfa(node, fillers) : undefined);
  const pattern = expandRepeats(parsePattern(spec.phrase, spec.version, classes));
  const nfa = nfaOf(pattern);
  const [minLength, maxLength] = lengthRange(pattern, fillers);
  const whole = spec.clause ? spec.clause === 'whole' : spec.version === 2 && minLength <= SHORT_PHRASE;
  const rule: PhraseRule = {
    pattern,
    anchors: anchors(pattern),
    required: requiredClauses(pattern),
    maxLength,
    whole,
    honest: [],
  };
  const honest: CompiledHonest[] = [];
  for (const h of spec.honest ?? []) {
    const parsed: HonestPattern = { quoted: h.quoted === true };
    const compiled: CompiledHonest = { quoted: h.quoted === true };
    if (h.before !== undefined) {
      parsed.before = context(h.before, classes, true);
      const before = nfaOf(parsed.before);
      if (before) compiled.before = before;
    }
    if (h.after !== undefined) {
      parsed.after = context(h.after, classes, false);
      const after = nfaOf(parsed.after);
      if (after) compiled.after = after;
    }
    rule.honest.push(parsed);
    honest.push(compiled);
  }
  return nfa ? { rule, automata: { nfa, honest } } : { rule };
}

/**
 * Parses one phrase into its rule, without building its automata. Throws a PatternError
 * (message and args) for a malformed phrase.
 */
export function parseRule(spec: PhraseSpec, classes: Classes): PhraseRule {
  return compile(spec, classes, false).rule;
}

/**
 * Compiles one phrase with its automata, as a check of the phrase: throws a PatternError
 * (message and args) for a malformed phrase. Cost is linear in the phrase, bounded by MAX_STATES.
 */
export function compileRule(spec: PhraseSpec, classes: Classes): CompiledRule {
  const { rule, automata } = compile(spec, classes, true);
  return { anchors: rule.anchors, maxLength: rule.maxLength, whole: rule.whole, ...automata! };
}

/** The fewest characters a match of the phrase covers. */
export function minimumLength(spec: PhraseSpec, classes: Classes): number {
  const fillers = fillersOf(classes);
  return lengthRange(expandRepeats(parsePattern(spec.phrase, spec.version, classes)), fillers)[0];
}
