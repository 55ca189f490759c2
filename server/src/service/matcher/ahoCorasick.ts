/**
 * An Aho–Corasick automaton over UTF-16 code units. Scanning costs time linear in the text
 * plus the number of matches, whatever the number of patterns.
 */
export class AhoCorasick {
  private readonly goto: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Patterns ending exactly at a state. */
  private readonly own: number[][] = [[]];
  /** The nearest state along the fail chain that has patterns of its own, or -1. */
  private outLink: Int32Array = new Int32Array(1);
  private readonly lengths: number[] = [];
  private built = false;

  /** Adds a pattern; returns its index. */
  add(pattern: string): number {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = this.goto[state]!.get(c);
      if (next === undefined) {
        next = this.goto.length;
        this.goto.push(new Map());
        this.own.push([]);
        this.goto[state]!.set(c, next);
      }
      state = next;
    }
    const index = this.lengths.length;
    this.lengths.push(pattern.length);
    this.own[state]!.push(index);
    this.built = false;
    return index;
  }

  length(pattern: number): number {
    return this.lengths[pattern]!;
  }

  private build(): void {
    const n = this.goto.length;
    this.fail = new Int32Array(n);
    this.outLink = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (const child of this.goto[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, child] of this.goto[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto[f]!.has(c)) f = this.fail[f]!;
        const target = this.goto[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child]!;
        this.outLink[child] = this.own[fc]!.length > 0 ? fc : this.outLink[fc]!;
        queue.push(child);
      }
    }
    this.built = true;
  }

  /** The state after reading `c` in `state`. */
  step(state: number, c: number): number {
    if (!this.built) this.build();
    for (;;) {
      const next = this.goto[state]!.get(c);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = this.fail[state]!;
    }
  }

  /** Writes every pattern that ends at `state` into `into` from index 0; returns how many. */
  collect(state: number, into: number[]): number {
    let n = 0;
    for (let s = this.own[state]!.length > 0 ? state : this.outLink[state]!; s > 0; s = this.outLink[s]!) {
      for (const p of this.own[s]!) into[n++] = p;
    }
    return n;
  }
}
