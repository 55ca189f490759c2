import { FileChangeType, type FileEvent } from 'vscode-languageserver';

/**
 * Collects `workspace/didChangeWatchedFiles` events and handles them in passes: one pass at a
 * time, each over the distinct paths changed since the previous one (the last event of a path
 * wins). A storm of events on the same files costs one pass per burst, and nothing is kept
 * for a path once its pass is done.
 */
/** A pass waits at most this many turns for more events, so a storm that never ends is still handled. */
const MAX_WAIT_TURNS = 1000;

export interface WatchedFiles {
  add(changes: readonly FileEvent[]): void;
  /** Resolves when every event added so far has been handled. */
  idle(): Promise<void>;
}

export function createWatchedFiles(
  handle: (changes: ReadonlyMap<string, { deleted: boolean }>) => Promise<void>,
  onError: (error: unknown) => void,
): WatchedFiles {
  let pending = new Map<string, { deleted: boolean }>();
  let worker: Promise<void> | undefined;
  let added = 0;

  async function work(): Promise<void> {
    while (pending.size > 0) {
      // The connection handles one queued message per turn: wait until a turn brings no new
      // event, so that the events queued behind this one join its pass.
      for (let seen = -1, turns = 0; seen !== added && turns < MAX_WAIT_TURNS; turns++) {
        seen = added;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const batch = pending;
      pending = new Map();
      await handle(batch).catch(onError);
    }
    worker = undefined;
  }

  return {
    add(changes) {
      added++;
      for (const change of changes) {
        pending.delete(change.uri);
        pending.set(change.uri, { deleted: change.type === FileChangeType.Deleted });
      }
      worker ??= work();
    },
    idle: () => worker ?? Promise.resolve(),
  };
}
