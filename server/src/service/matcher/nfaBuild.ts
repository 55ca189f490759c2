import type { PatternNode } from './patternSyntax';
import { MAX_BLANK } from './patternSyntax';
import { MAX_STATES, compileMessages } from './patternCompile';
import { Kind, LEAF, Nfa, type Trie } from './nfa';

/** The trie of each list of words, made once: fillers recur in every gap of every phrase. */
const tries = new WeakMap<readonly number[][], Trie | readonly number[] | undefined>();

/** The trie of `words`; the word itself when there is one; undefined when there is none. */
function trieOf(words: readonly number[][]): Trie | readonly number[] | undefined {
  if (tries.has(words)) return tries.get(words);
  const nonEmpty = words.filter((w) => w.length > 0);
  let shape: Trie | readonly number[] | undefined;
  if (nonEmpty.length === 0) shape = undefined;
  else if (nonEmpty.length === 1) shape = nonEmpty[0]!;
  else {
    const next: Map<number, number>[] = [];
    const ends: number[] = [];
    // Numbers the inner node of the words sharing `prefix` units; children in the words' order.
    const inner = (prefix: number, list: readonly number[][], end: boolean): number => {
      const n = next.length;
      const table = new Map<number, number>();
      next.push(table);
      ends.push(end ? 1 : 0);
      const byUnit = new Map<number, number[][]>();
      for (const w of list) {
        const same = byUnit.get(w[prefix]!);
        if (same) same.push(w);
        else byUnit.set(w[prefix]!, [w]);
      }
      for (const [unit, rest] of byUnit) {
        const longer = rest.filter((w) => w.length > prefix + 1);
        table.set(unit, longer.length === 0 ? LEAF : inner(prefix + 1, longer, longer.length < rest.length));
      }
      return n;
    };
    inner(0, nonEmpty, false);
    shape = { next, ends: Uint8Array.from(ends) };
  }
  tries.set(words, shape);
  return shape;
}

/** Builds the Thompson automaton of a pattern. */
class NfaBuilder {
  readonly kind: number[] = [];
  readonly arg: number[] = [];
  readonly out1: number[] = [];
  readonly out2: number[] = [];
  /** The trie of each Branch state. */
  readonly branches: (Trie | undefined)[] = [];
  readonly start: number;

  constructor(
    root: PatternNode,
    private readonly fillers: readonly number[][],
  ) {
    const match = this.add(Kind.Match, 0, -1, -1);
    this.start = this.build(root, match);
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

  /** One of `words`, then `next`: a Branch state per inner node of the words' shared trie. */
  private words(words: readonly number[][], next: number): number {
    const shape = trieOf(words);
    if (shape === undefined) return next;
    if (!('next' in shape)) return this.word(shape, next);
    const root = this.kind.length;
    for (let n = 0; n < shape.next.length; n++) {
      this.add(Kind.Branch, n, next, root);
      this.branches[root + n] = shape;
    }
    return root;
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

/**
 * The automaton of a pattern: each node compiles to states once, so the automaton is linear
 * in the (expanded) pattern.
 */
export function buildNfa(root: PatternNode, fillers: readonly number[][]): Nfa {
  const b = new NfaBuilder(root, fillers);
  return new Nfa(b.kind, b.arg, b.out1, b.out2, b.branches, b.start);
}
