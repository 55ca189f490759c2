/**
 * Requests first: the editor's requests (completion, hover, code actions …) are answered
 * before a validation runs. A validation is seconds of CPU on a huge script and tens of
 * milliseconds on a large one; it cannot be interrupted once started, so it starts only when
 * no request is being handled and the requests already received have had their turn.
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

export function createRequestGate(): RequestGate {
  let running = 0;
  let waiting: Array<() => void> = [];

  function settled(): void {
    running--;
    if (running > 0) return;
    const resume = waiting;
    waiting = [];
    for (const wake of resume) wake();
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
      for (;;) {
        await nextTurn();
        if (running === 0) return;
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
  };
}
