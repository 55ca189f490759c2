/**
 * Requests first: the editor's requests (completion, hover, code actions …) are answered
 * before a validation runs. A validation is seconds of CPU on a huge script and tens of
 * milliseconds on a large one; it cannot be interrupted once started, so it starts only when
 * no request is being handled and the requests already received have had their turn.
 * A request that never answers holds validations back for `maxWaitMs` at most.
 */
export interface RequestGate {
  /** Wraps a request handler: validations wait while it runs. */
  track<A extends unknown[], R>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /**
   * Resolves once no request is being handled, after at least one turn of the event loop:
   * a request already queued by the connection (one message a turn) is handled first.
   */
  requestsFirst(): Promise<void>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long a validation waits for requests at most: longer than any request takes on a large script. */
export const MAX_REQUEST_WAIT_MS = 250;

export function createRequestGate(maxWaitMs = MAX_REQUEST_WAIT_MS): RequestGate {
  let running = 0;
  const waiting = new Set<() => void>();

  function settled(): void {
    running--;
    if (running > 0) return;
    const resume = [...waiting];
    waiting.clear();
    for (const wake of resume) wake();
  }

  /** Resolves when no request is running, or after `ms`. */
  function quiet(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiting.add(wake);
    });
  }

  return {
    track:
      (handler) =>
      async (...args) => {
        running++;
        try {
          return await handler(...args);
        } finally {
          settled();
        }
      },
    async requestsFirst() {
      const deadline = Date.now() + maxWaitMs;
      for (;;) {
        await nextTurn();
        const left = deadline - Date.now();
        if (running === 0 || left <= 0) return;
        await quiet(left);
      }
    },
  };
}
