import { AhoCorasick } from './ahoCorasick';
import { BARRIER, MAX_PARTICLES, simulate, type Nfa } from './nfa';
import {
  buildAutomata,
  fillersOf,
  parseRule,
  type Classes,
  type PhraseRule,
  type PhraseSpec,
  type RuleAutomata,
} from './phraseRule';
import { foldLiteral } from './patternSyntax';
import { tokenize, type Tokens } from './tokens';

/** A phrase found in a text: value offsets [start, end). */
export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

interface Anchor {
  phrase: number;
  length: number;
}

/**
 * Finds forbidden phrases in text (docs/phrasebook-format.md, "How phrases are matched").
 *
 * One Aho–Corasick automaton holds an anchor of every phrase: words one of which every match
 * of the phrase contains. Reading the text once, each anchor found makes its phrase a
 * candidate, which that phrase's own automaton verifies in a window bounded by the phrase's
 * longest match. So checking costs time linear in the text, whatever the size of the
 * phrasebook; a candidate costs time bounded by its phrase alone.
 */
export class PhraseMatcher {
  private readonly automaton = new AhoCorasick();
  private readonly anchorOf: Anchor[] = [];
  private readonly rules: (PhraseRule | undefined)[];
  /** The automata of each rule, built on its first candidate; null when too large to build. */
  private readonly automata: (RuleAutomata | null | undefined)[] = [];
  private readonly fillers: number[][];
  private readonly particles: Set<number>;
  /** The required clauses of each rule, as clausesOf reads them, made on its first candidate. */
  private readonly clauses: ((number | number[] | Set<number>)[] | undefined)[] = [];
  /** The anchors found at one unit of a scan, reused from unit to unit. */
  private readonly hits: number[] = [];

  /**
   * `phrases` are v1 phrases (strings) or specs. A phrase that does not compile is left out:
   * the loader reports it with its file and line. `known` gives the rule of a phrase compiled
   * before with the same classes (a phrasebook compiled ahead of time), which is not compiled again.
   */
  constructor(
    phrases: readonly (string | PhraseSpec)[],
    classes: Classes = new Map(),
    known: (index: number) => PhraseRule | undefined = () => undefined,
    /** With `shortcuts: false`, every candidate runs its automaton from every start (for tests). */
    private readonly options: { shortcuts?: boolean } = {},
  ) {
    this.particles = new Set((classes.get('particle') ?? []).flatMap((w) => foldLiteral(w)));
    this.fillers = fillersOf(classes);
    this.rules = phrases.map((p, index) => {
      let rule: PhraseRule | undefined = known(index);
      if (!rule) {
        try {
          rule = parseRule(typeof p === 'string' ? { phrase: p, version: 1 } : p, classes);
        } catch {
          return undefined;
        }
      }
      for (const word of rule.anchors) {
        const id = this.automaton.add(String.fromCharCode(...word));
        this.anchorOf[id] = { phrase: index, length: word.length };
      }
      return rule;
    });
  }

  /** The rule of phrase `index`; undefined when it does not parse. */
  rule(index: number): PhraseRule | undefined {
    return this.rules[index];
  }

  /** All matches in `text`, one per phrase and place, in order of their end. */
  scan(text: string): PhraseMatch[] {
    const tokens = tokenize(text);
    const found: PhraseMatch[] = [];
    let seen: Set<string> | undefined;
    let state = 0;
    const hits = this.hits;
    for (let k = 0; k < tokens.length; k++) {
      const code = tokens.codes[k]!;
      if (code === BARRIER) {
        state = 0;
        continue;
      }
      state = this.automaton.step(state, code);
      const count = this.automaton.collect(state, hits);
      for (let h = 0; h < count; h++) {
        const { phrase, length } = this.anchorOf[hits[h]!]!;
        const match = this.verify(phrase, tokens, k - length + 1, k + 1);
        if (!match) continue;
        const key = `${phrase}:${match[0]}:${match[1]}`;
        seen ??= new Set();
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ phrase, start: tokens.src[match[0]]!, end: tokens.src[match[1] - 1]! + 1 });
      }
    }
    return found;
  }

  /**
   * The match of `rule` that holds the anchor at units [at, anchorEnd), unless honest there.
   * A match must reach the anchor's end: an earlier match of the same phrase (found at its
   * own anchor) must not hide a later one.
   */
  private verify(phrase: number, tokens: Tokens, at: number, anchorEnd: number): [number, number] | undefined {
    const rule = this.rules[phrase]!;
    const { codes, length } = tokens;
    let from = Math.max(0, at - rule.maxLength - (rule.whole ? MAX_PARTICLES : 0));
    let to = at;
    if (rule.whole) {
      let clause = at;
      while (clause > from && codes[clause - 1] !== BARRIER) clause--;
      if (clause > 0 && codes[clause - 1] !== BARRIER) return undefined;
      from = clause;
      to = Math.min(at, clause + MAX_PARTICLES);
    }
    // A window without a unit that every match holds holds no match: most candidates end
    // here, before the phrase's automata are even built.
    const stop = Math.min(length, at + rule.maxLength + 1);
    if (this.options.shortcuts !== false) {
      const clauses = this.clausesOf(phrase, rule);
      for (let c = 0; c < clauses.length; c++) {
        const clause = clauses[c]!;
        let i = from;
        if (typeof clause === 'number') while (i < stop && codes[i] !== clause) i++;
        else if (Array.isArray(clause)) while (i < stop && !clause.includes(codes[i]!)) i++;
        else while (i < stop && !clause.has(codes[i]!)) i++;
        if (i === stop) return undefined;
      }
    }
    const automata = this.automataOf(phrase, rule);
    if (!automata) return undefined;
    const match = simulate(automata.nfa, {
      codes,
      base: 0,
      dir: 1,
      length,
      from,
      to,
      limit: at + rule.maxLength + 1,
      minEnd: anchorEnd,
      ...(rule.whole ? { particles: this.particles } : {}),
      ...(this.options.shortcuts === false ? { everyStart: true } : {}),
    });
    if (!match) return undefined;
    let [start, end] = match;
    while (end > start && codes[end - 1] === BARRIER) end--;
    while (start < end && codes[start] === BARRIER) start++;
    // Inside a quotation the agent repeats someone else's words (您是说“别找我”，对吗？):
    // every phrase is honest there, whether or not it names a quoted context.
    if (tokens.quoted[start] === 1) return undefined;
    if (automata.honest.some((h) => this.honestAt(h, tokens, start, end))) return undefined;
    return [start, end];
  }

  /** The required clauses of a rule as read fastest: a unit, a short list, or a set. */
  private clausesOf(phrase: number, rule: PhraseRule): (number | number[] | Set<number>)[] {
    let clauses = this.clauses[phrase];
    if (clauses === undefined) {
      clauses = rule.required.map((c) => (c.length === 1 ? c[0]! : c.length <= 4 ? c : new Set(c)));
      this.clauses[phrase] = clauses;
    }
    return clauses;
  }

  /** A phrase whose automata are too large never matches, as if it had not compiled. */
  private automataOf(phrase: number, rule: PhraseRule): RuleAutomata | null {
    let automata = this.automata[phrase];
    if (automata === undefined) {
      try {
        automata = buildAutomata(rule, this.fillers);
      } catch {
        automata = null;
      }
      this.automata[phrase] = automata;
    }
    return automata;
  }

  private honestAt(
    h: { before?: Nfa; after?: Nfa; quoted: boolean },
    tokens: Tokens,
    start: number,
    end: number,
  ): boolean {
    const { codes, length } = tokens;
    if (h.quoted && tokens.quoted[start] !== 1) return false;
    if (
      h.after &&
      !simulate(h.after, { codes, base: end, dir: 1, length: length - end, from: 0, to: 0, limit: length })
    )
      return false;
    if (
      h.before &&
      !simulate(h.before, { codes, base: start - 1, dir: -1, length: start, from: 0, to: 0, limit: length })
    )
      return false;
    return true;
  }
}
