import type { PatternNode } from './patternSyntax';
import { MAX_BLANK } from './patternSyntax';
import { MAX_STATES, compileMessages } from './patternCompile';

/** A text unit that stands for a clause barrier (a run of clause punctuation). */
export const BARRIER = -1;

const enum Kind {
  Char,
  Any,
  Barrier,
  Split,
  Match,
  Branch,
}

/**
 * A Thompson automaton of one pattern: each node compiles to states once, so the automaton
 * is linear in the (expanded) pattern. `Split` states have two successors, the others one;
 * a `Branch` state reads one unit and follows its table (the trie of a class of words).
 */
export class Nfa {
  readonly kind: number[] = [];
  readonly arg: number[] = [];
  readonly out1: number[] = [];
  readonly out2: number[] = [];
  /** The table of each Branch state: unit → next state. */
  readonly branches: (Map<number, number> | undefined)[] = [];
  readonly start: number;
  /** Scratch space of simulate, reused from call to call. */
  scratch: { a: Int32Array; b: Int32Array } | undefined;

  constructor(
    root: PatternNode,
    private readonly fillers: readonly number[][],
  ) {
    const match = this.add(Kind.Match, 0, -1, -1);
    this.start = this.build(root, match);
  }

  get size(): number {
    return this.kind.length;
  }

  private add(kind: Kind, arg: number, out1: number, out2: number): number {
    if (this.kind.length >= MAX_STATES) {
      throw { message: compileMessages.tooLarge, args: { states: `>${MAX_STATES}`, limit: String(MAX_STATES) } };
    }
    this.kind.push(kind);
    this.arg.push(arg);
    this.out1.push(out1);
    this.out2.push(out2);
    return this.kind.length - 1;
  }

  private word(word: readonly number[], next: number): number {
    let s = next;
    for (let i = word.length - 1; i >= 0; i--) s = this.add(Kind.Char, word[i]!, s, -1);
    return s;
  }

  /** One of `words`, then `next`: a trie of Branch states, one per distinct prefix. */
  private words(words: readonly number[][], next: number): number {
    const nonEmpty = words.filter((w) => w.length > 0);
    if (nonEmpty.length === 0) return next;
    if (nonEmpty.length === 1) return this.word(nonEmpty[0]!, next);
    const build = (prefix: number, list: readonly number[][]): number => {
      const table = new Map<number, number>();
      const byUnit = new Map<number, number[][]>();
      let ends = false;
      for (const w of list) {
        if (w.length === prefix) ends = true;
        else {
          const list = byUnit.get(w[prefix]!);
          if (list) list.push(w);
          else byUnit.set(w[prefix]!, [w]);
        }
      }
      const branch = byUnit.size > 0 ? this.add(Kind.Branch, 0, -1, -1) : -1;
      if (branch >= 0) {
        this.branches[branch] = table;
        for (const [unit, rest] of byUnit) table.set(unit, build(prefix + 1, rest));
      }
      if (branch < 0) return next;
      return ends ? this.add(Kind.Split, 0, branch, next) : branch;
    };
    return build(0, nonEmpty);
  }

  /** Builds the states of `node` followed by the state `next`; returns its entry state. */
  private build(node: PatternNode, next: number): number {
    switch (node.t) {
      case 'char':
        return this.add(Kind.Char, node.c, next, -1);
      case 'slot': {
        let s = next;
        for (let i = 0; i < MAX_BLANK; i++) s = this.add(Kind.Split, 0, this.add(Kind.Any, 0, s, -1), next);
        return s;
      }
      case 'barrier':
        return this.add(Kind.Split, 0, this.add(Kind.Barrier, 0, next, -1), next);
      case 'filler': {
        if (this.fillers.length === 0) return next;
        const second = this.add(Kind.Split, 0, this.words(this.fillers, next), next);
        return this.add(Kind.Split, 0, this.words(this.fillers, second), next);
      }
      case 'class':
        return this.words(node.words, next);
      case 'seq': {
        let s = next;
        for (let i = node.items.length - 1; i >= 0; i--) s = this.build(node.items[i]!, s);
        return s;
      }
      case 'alt': {
        let s = -1;
        for (const option of node.options) {
          const entry = this.build(option, next);
          s = s < 0 ? entry : this.add(Kind.Split, 0, entry, s);
        }
        return s < 0 ? next : s;
      }
      case 'opt':
        return this.add(Kind.Split, 0, this.build(node.body, next), next);
      case 'cap':
        return this.build(node.body, next);
      case 'back':
        return next;
    }
  }
}

/** Where a simulation may start and end, over text units read through `at`. */
export interface Run {
  /** The unit at position i (BARRIER for a clause barrier). */
  at(i: number): number;
  length: number;
  /** First and last start positions. */
  from: number;
  to: number;
  /** Positions past which no match can end. */
  limit: number;
  startOk?(i: number): boolean;
  endOk?(i: number): boolean;
}

/**
 * Runs the automaton from every start in [from, to]; returns the leftmost match, the longest
 * for that start, as [start, end) positions, or undefined. Time O((limit - from) × states).
 */
export function simulate(nfa: Nfa, run: Run): [number, number] | undefined {
  const n = nfa.size;
  let current: number[] = [];
  let next: number[] = [];
  nfa.scratch ??= { a: new Int32Array(n).fill(-1), b: new Int32Array(n).fill(-1) };
  let startOf = nfa.scratch.a;
  let nextStartOf = nfa.scratch.b;
  let best: [number, number] | undefined;

  const add = (list: number[], starts: Int32Array, state: number, start: number) => {
    const stack = [state];
    while (stack.length > 0) {
      const s = stack.pop()!;
      const known = starts[s]!;
      if (known >= 0 && known <= start) continue;
      if (known < 0) list.push(s);
      starts[s] = start;
      if (nfa.kind[s] === Kind.Split) stack.push(nfa.out2[s]!, nfa.out1[s]!);
    }
  };

  const end = Math.min(run.length, run.limit);
  for (let i = run.from; i <= end; i++) {
    if (i <= run.to && (!run.startOk || run.startOk(i)) && !(best && best[0] < i)) add(current, startOf, nfa.start, i);
    if (current.length === 0 && i > run.to) break;
    for (const s of current) {
      if (nfa.kind[s] !== Kind.Match) continue;
      const start = startOf[s]!;
      if (start === i || (run.endOk && !run.endOk(i))) continue;
      if (!best || start < best[0] || (start === best[0] && i > best[1])) best = [start, i];
    }
    if (i === end) break;
    const unit = run.at(i);
    for (const s of current) {
      const kind = nfa.kind[s];
      if (kind === Kind.Branch) {
        const to = nfa.branches[s]!.get(unit);
        if (to !== undefined) add(next, nextStartOf, to, startOf[s]!);
        continue;
      }
      const ok =
        kind === Kind.Char
          ? nfa.arg[s] === unit
          : kind === Kind.Any
            ? unit !== BARRIER
            : kind === Kind.Barrier
              ? unit === BARRIER
              : false;
      if (ok) add(next, nextStartOf, nfa.out1[s]!, startOf[s]!);
    }
    for (const s of current) startOf[s] = -1;
    [current, next] = [next, current];
    [startOf, nextStartOf] = [nextStartOf, startOf];
    next.length = 0;
  }
  for (const s of current) startOf[s] = -1;
  return best;
}
