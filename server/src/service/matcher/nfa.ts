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
 * A Thompson automaton of one pattern (built by buildNfa): `Split` states have two
 * successors, the others one; a `Branch` state reads one unit and follows its table (the
 * trie of a class of words).
 */
export class Nfa {
  /** Scratch space of simulate, reused from call to call. */
  scratch: { a: Int32Array; b: Int32Array } | undefined = undefined;

  constructor(
    readonly kind: number[],
    readonly arg: number[],
    readonly out1: number[],
    readonly out2: number[],
    /** The table of each Branch state: unit → next state. */
    readonly branches: (Map<number, number> | undefined)[],
    readonly start: number,
  ) {}

  get size(): number {
    return this.kind.length;
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
