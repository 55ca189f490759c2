/**
 * Runs a document's validation once a burst of edits to it has been handled.
 *
 * The JSON-RPC connection handles one queued message per `setImmediate` turn, so a tick
 * scheduled with `setImmediate` sees the edits handled in the turn before it. Validation runs
 * at the first tick that finds the version unchanged since the previous tick: a lone edit is
 * validated two turns later (microseconds), and edits already queued behind it collapse into
 * one run instead of each paying for a full validation. There is no timer delay.
 */
export interface ValidationScheduler {
  schedule(uri: string): void;
  cancel(uri: string): void;
}

export function createValidationScheduler(
  versionOf: (uri: string) => number | undefined,
  run: (uri: string) => void,
): ValidationScheduler {
  /** The version seen at the last tick; undefined until the first tick. */
  const pending = new Map<string, { seen: number | undefined; ticked: boolean }>();

  function tick(uri: string): void {
    const state = pending.get(uri);
    if (!state) return;
    const version = versionOf(uri);
    if (state.ticked && version === state.seen) {
      pending.delete(uri);
      run(uri);
      return;
    }
    state.seen = version;
    state.ticked = true;
    setImmediate(tick, uri);
  }

  return {
    schedule(uri) {
      if (pending.has(uri)) return;
      pending.set(uri, { seen: undefined, ticked: false });
      setImmediate(tick, uri);
    },
    cancel(uri) {
      pending.delete(uri);
    },
  };
}
