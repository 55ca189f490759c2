/** A text unit that stands for a clause barrier (a run of clause punctuation). */
export const BARRIER = -1;

export const enum Kind {
  Char,
  Any,
  Barrier,
  Split,
  Match,
  Branch,
}

/**
 * The trie of a list of words, shared by every automaton that reads one of them (the fillers
 * recur in every gap of every phrase). Its inner nodes (those with children) are numbered
 * from 0, the root first; a word that ends where nothing follows ends at a leaf, which has
 * no number.
 */
export interface Trie {
  /** The children of each inner node: unit → the child's number, or LEAF. */
  readonly next: readonly ReadonlyMap<number, number>[];
  /** Whether a word ends at each inner node (and longer words go on from it). */
  readonly ends: Uint8Array;
}

/** In a Trie: a child where a word ends and nothing follows. */
export const LEAF = -1;

/**
 * A Thompson automaton of one pattern (built by buildNfa): `Split` states have two
 * successors, the others one. The words of a class are a block of `Branch` states, one per
 * inner node of their shared trie: a Branch state reads one unit, then goes on to the state
 * of the child node, to its exit (`out1`) where a word ends, or to both. Its `arg` is its
 * node, `out2` the state of the trie's root, so that node n's state is out2 + n.
 */
export class Nfa {
  /** Scratch space of simulate, reused from call to call. */
  scratch:
    | { startOf: Int32Array; nextStartOf: Int32Array; list: Int32Array; nextList: Int32Array; stack: number[] }
    | undefined = undefined;
  /** The units a match can begin with (firstUnits), or null when it can begin anywhere. */
  first: Set<number> | null | undefined = undefined;

  constructor(
    readonly kind: number[],
    readonly arg: number[],
    readonly out1: number[],
    readonly out2: number[],
    /** The trie of each Branch state. */
    readonly branches: (Trie | undefined)[],
    readonly start: number,
  ) {}

  get size(): number {
    return this.kind.length;
  }
}

/**
 * The units a match of the automaton can begin with: what the states reached from the start
 * read. Null when a match can begin with any unit, a barrier, or be empty: then it may start
 * anywhere. A thread started before another unit dies at once, so simulate starts none there.
 */
export function firstUnits(nfa: Nfa): Set<number> | null {
  if (nfa.first !== undefined) return nfa.first;
  const units = new Set<number>();
  const seen = new Set<number>();
  const stack = [nfa.start];
  let anywhere = false;
  while (stack.length > 0 && !anywhere) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    switch (nfa.kind[s]) {
      case Kind.Split:
        stack.push(nfa.out1[s]!, nfa.out2[s]!);
        break;
      case Kind.Char:
        units.add(nfa.arg[s]!);
        break;
      case Kind.Branch:
        for (const unit of nfa.branches[s]!.next[nfa.arg[s]!]!.keys()) units.add(unit);
        break;
      default:
        anywhere = true;
    }
  }
  nfa.first = anywhere ? null : units;
  return nfa.first;
}

/** Where a simulation may start and end, over text units. */
export interface Run {
  /** The units: position i reads codes[base + dir × i] (BARRIER for a clause barrier). */
  codes: Int32Array;
  base: number;
  dir: 1 | -1;
  length: number;
  /** First and last start positions. */
  from: number;
  to: number;
  /** Positions past which no match can end. */
  limit: number;
  /** A match must end at or after this position. */
  minEnd?: number;
  /**
   * A whole-clause match (forward runs only): it starts and ends at a clause boundary, or
   * with only these particles between it and the boundary.
   */
  particles?: ReadonlySet<number>;
  /** Start a thread at every position, also before a unit no match begins with (for tests). */
  everyStart?: boolean;
}

/** Particles a whole-clause phrase may have before or after it, at most this many. */
export const MAX_PARTICLES = 3;

/** Whether only particles stand between position i and the start of its clause. */
function clauseStart(codes: Int32Array, i: number, particles: ReadonlySet<number>): boolean {
  for (let j = i - 1, n = 0; j >= 0; j--, n++) {
    if (codes[j] === BARRIER) return true;
    if (n >= MAX_PARTICLES || !particles.has(codes[j]!)) return false;
  }
  return true;
}

/** Whether only particles stand between position i and the end of its clause. */
function clauseEnd(codes: Int32Array, length: number, i: number, particles: ReadonlySet<number>): boolean {
  for (let j = i, n = 0; j < length; j++, n++) {
    if (codes[j] === BARRIER) return true;
    if (n >= MAX_PARTICLES || !particles.has(codes[j]!)) return false;
  }
  return true;
}

/** Scratch space of simulate: the state lists of this step and the next, and the stack of `add`. */
interface Scratch {
  startOf: Int32Array;
  nextStartOf: Int32Array;
  list: Int32Array;
  nextList: Int32Array;
  stack: number[];
}

function scratchOf(nfa: Nfa): Scratch {
  const n = nfa.size;
  nfa.scratch ??= {
    startOf: new Int32Array(n).fill(-1),
    nextStartOf: new Int32Array(n).fill(-1),
    list: new Int32Array(n),
    nextList: new Int32Array(n),
    stack: [],
  };
  return nfa.scratch;
}

/**
 * Adds `state` and the states its Split states reach to `list` (of `count` states), each
 * with the earliest start; returns the new count.
 */
function add(
  nfa: Nfa,
  list: Int32Array,
  count: number,
  starts: Int32Array,
  stack: number[],
  state: number,
  start: number,
): number {
  const { kind, out1, out2 } = nfa;
  let top = 0;
  stack[top++] = state;
  while (top > 0) {
    const s = stack[--top]!;
    const known = starts[s]!;
    if (known >= 0 && known <= start) continue;
    if (known < 0) list[count++] = s;
    starts[s] = start;
    if (kind[s] === Kind.Split) {
      stack[top++] = out2[s]!;
      stack[top++] = out1[s]!;
    }
  }
  return count;
}

/**
 * Runs the automaton from every start in [from, to]; returns the leftmost match, the longest
 * for that start, as [start, end) positions, or undefined. Time O((limit - from) × states).
 */
export function simulate(nfa: Nfa, run: Run): [number, number] | undefined {
  const scratch = scratchOf(nfa);
  const { kind, arg, out1, out2, branches } = nfa;
  const { codes, base, dir, from, to, particles } = run;
  const minEnd = run.minEnd ?? -Infinity;
  let { startOf, nextStartOf, list: current, nextList: next } = scratch;
  const stack = scratch.stack;
  let count = 0;
  let nextCount = 0;
  let bestStart = -1;
  let bestEnd = -1;

  const end = Math.min(run.length, run.limit);
  const first = run.everyStart ? null : firstUnits(nfa);
  for (let i = from; i <= end; i++) {
    if (
      i <= to &&
      (first === null || (i < run.length && first.has(codes[base + dir * i]!))) &&
      (!particles || clauseStart(codes, i, particles)) &&
      !(bestStart >= 0 && bestStart < i)
    ) {
      count = add(nfa, current, count, startOf, stack, nfa.start, i);
    }
    if (count === 0 && i > to) break;
    for (let c = 0; c < count; c++) {
      const s = current[c]!;
      if (kind[s] !== Kind.Match) continue;
      const start = startOf[s]!;
      if (start === i || i < minEnd || (particles && !clauseEnd(codes, run.length, i, particles))) continue;
      if (bestStart < 0 || start < bestStart || (start === bestStart && i > bestEnd)) {
        bestStart = start;
        bestEnd = i;
      }
    }
    if (i === end) break;
    const unit = codes[base + dir * i]!;
    for (let c = 0; c < count; c++) {
      const s = current[c]!;
      const k = kind[s];
      if (k === Kind.Branch) {
        const trie = branches[s]!;
        const child = trie.next[arg[s]!]!.get(unit);
        if (child === undefined) continue;
        if (child === LEAF || trie.ends[child] === 1) {
          nextCount = add(nfa, next, nextCount, nextStartOf, stack, out1[s]!, startOf[s]!);
        }
        if (child !== LEAF) nextCount = add(nfa, next, nextCount, nextStartOf, stack, out2[s]! + child, startOf[s]!);
        continue;
      }
      const ok =
        k === Kind.Char
          ? arg[s] === unit
          : k === Kind.Any
            ? unit !== BARRIER
            : k === Kind.Barrier
              ? unit === BARRIER
              : false;
      if (ok) nextCount = add(nfa, next, nextCount, nextStartOf, stack, out1[s]!, startOf[s]!);
    }
    for (let c = 0; c < count; c++) startOf[current[c]!] = -1;
    const list = current;
    current = next;
    next = list;
    const starts = startOf;
    startOf = nextStartOf;
    nextStartOf = starts;
    count = nextCount;
    nextCount = 0;
  }
  for (let c = 0; c < count; c++) startOf[current[c]!] = -1;
  return bestStart >= 0 ? [bestStart, bestEnd] : undefined;
}
