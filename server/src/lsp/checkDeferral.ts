/**
 * A check that holds the server for long goes only once its document has been quiet for as
 * long. Editors ask for completion just after a keystroke (VS Code 10 ms after it): on a
 * 10,000-line script a check takes about 20 ms, and started at once it made that completion
 * wait for it. Quick checks (most scripts) go at once; the diagnostics of a long one come at
 * most its own duration later, capped. (The document is parsed before the wait, so that the
 * completion finds its parse made.)
 */
export const DEFER_ABOVE_MS = 4;
export const MAX_DEFER_MS = 50;

export interface CheckDeferral {
  /** Runs the document's check and remembers how long it took. */
  timed<T>(uri: string, check: () => T): T;
  /** Whether the document's next check waits (its last one was long). */
  defers(uri: string): boolean;
  /**
   * Resolves once the document's version has held for as long as its last check took, or
   * `MAX_DEFER_MS` after the call at the latest (at once when that check was quick, or when
   * there has been none).
   */
  settled(uri: string, versionOf: () => number | undefined): Promise<void>;
  forget(uri: string): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCheckDeferral(): CheckDeferral {
  const costs = new Map<string, number>();
  return {
    timed(uri, check) {
      const start = performance.now();
      try {
        return check();
      } finally {
        costs.set(uri, performance.now() - start);
      }
    },
    defers: (uri) => (costs.get(uri) ?? 0) > DEFER_ABOVE_MS,
    async settled(uri, versionOf) {
      const cost = costs.get(uri) ?? 0;
      if (cost <= DEFER_ABOVE_MS) return;
      const wait = Math.min(cost, MAX_DEFER_MS);
      for (let version = versionOf(); ;) {
        await sleep(wait);
        const now = versionOf();
        if (now === version) return;
        version = now;
      }
    },
    forget(uri) {
      costs.delete(uri);
    },
  };
}
