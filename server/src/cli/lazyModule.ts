import { createRequire } from 'node:module';

const load = createRequire(__filename);

/**
 * A Node module loaded on its first use: a plain `check` does not pay for what only some
 * runs need (child_process pulls in net and dgram; worker_threads its own machinery).
 */
export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
