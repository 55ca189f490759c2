import type { Worker } from 'node:worker_threads';
import type { ConfigStore } from '../files/configStore';
import { checkFile, type CheckOptions, type Outcome } from './checkFile';
import { lazyModule } from './lazyModule';

const workerThreads = lazyModule<typeof import('node:worker_threads')>('node:worker_threads');

/** Files a thread takes from the queue at a time. */
const BATCH = 4;

/** What a worker thread is given (worker.ts). */
export interface WorkerInput {
  files: string[];
  /** The queue: the index of the next file no thread has taken yet (an Int32 shared by all). */
  next: SharedArrayBuffer;
  batch: number;
  options: { settings: CheckOptions['settings']; rules: Array<[string, string]>; config?: string; speaking?: boolean };
}

/** What a worker thread sends back: the outcome of each file of a batch, by index. */
export type WorkerReport = Array<{ index: number; outcome: Outcome }>;

/**
 * Checks `files` with `jobs` threads: this one and `jobs - 1` worker threads running
 * `workerScript`, each taking the next few files from a shared queue. Outcomes come back in
 * the order of `files`, whatever thread checked them, so the report is the one a single
 * thread makes. A file whose worker fails is checked here.
 */
export async function checkFiles(
  files: readonly string[],
  jobs: number,
  workerScript: string | undefined,
  store: ConfigStore,
  options: CheckOptions,
  progress: () => void,
): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = new Array(files.length);
  let missing = files.length;
  const settle = (index: number, outcome: Outcome) => {
    if (outcomes[index] !== undefined) return;
    outcomes[index] = outcome;
    missing--;
    progress();
  };
  const workers = workerScript === undefined ? 0 : Math.min(jobs - 1, files.length - 1);
  const next = new SharedArrayBuffer(4);
  const queue = new Int32Array(next);
  let allIn: () => void = () => undefined;
  const complete = new Promise<void>((resolve) => (allIn = resolve));
  const threads: Worker[] = [];
  const ended: Array<Promise<void>> = [];
  for (let w = 0; w < workers; w++) {
    const input: WorkerInput = {
      files: [...files],
      next,
      batch: BATCH,
      options: {
        settings: options.settings,
        rules: [...options.rules],
        ...(options.config !== undefined ? { config: options.config } : {}),
        ...(options.speaking ? { speaking: true } : {}),
      },
    };
    const worker = new (workerThreads().Worker)(workerScript!, { workerData: input });
    worker.on('message', (report: WorkerReport) => {
      for (const { index, outcome } of report) settle(index, outcome);
      if (missing === 0) allIn();
    });
    ended.push(
      new Promise((resolve) => {
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }),
    );
    threads.push(worker);
  }
  for (let start = Atomics.add(queue, 0, BATCH); start < files.length; start = Atomics.add(queue, 0, BATCH)) {
    for (let i = start; i < Math.min(start + BATCH, files.length); i++) settle(i, checkFile(files[i]!, store, options));
  }
  if (missing > 0 && workers > 0) await Promise.race([complete, Promise.all(ended)]);
  await Promise.all(threads.map((t) => t.terminate()));
  for (let i = 0; i < files.length; i++) if (outcomes[i] === undefined) settle(i, checkFile(files[i]!, store, options));
  return outcomes as Outcome[];
}
