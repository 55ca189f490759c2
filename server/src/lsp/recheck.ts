/**
 * Runs a re-check of everything at most once at a time, and once more after it when asked
 * again meanwhile: a burst of settings or configuration changes costs one or two runs (one
 * `workspace/diagnostic/refresh` each), not one per change.
 */
export interface Recheck {
  /** Asks for a re-check; resolves when a run that started after the request has finished. */
  request(): Promise<void>;
}

export function createRecheck(run: () => Promise<void>, onError: (error: unknown) => void): Recheck {
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  function start(): Promise<void> {
    running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(run)
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    request() {
      if (!running) return start();
      next ??= running.then(() => {
        next = undefined;
        return start();
      });
      return next;
    },
  };
}
