/** A worker thread of `huashu check --jobs N` (parallel.ts): checks files from the shared queue. */
import { parentPort, workerData } from 'node:worker_threads';
import type { RuleId, RuleLevel } from '../service';
import { findConfigOncePerFolder } from './configLookup';
import { ConfigStore } from '../files/configStore';
import { rulesDocUrl } from '../packageRoot';
import { checkFile, type CheckOptions } from './checkFile';
import type { WorkerInput, WorkerReport } from './parallel';

const input = workerData as WorkerInput;
const queue = new Int32Array(input.next);
const options: CheckOptions = {
  settings: input.options.settings,
  rules: new Map(input.options.rules as Array<[RuleId, RuleLevel]>),
  ...(input.options.config !== undefined ? { config: input.options.config } : {}),
  ...(input.options.speaking ? { speaking: true } : {}),
};
const store = new ConfigStore(rulesDocUrl(), process.cwd(), findConfigOncePerFolder());
const { files, batch } = input;
for (let start = Atomics.add(queue, 0, batch); start < files.length; start = Atomics.add(queue, 0, batch)) {
  const report: WorkerReport = [];
  for (let i = start; i < Math.min(start + batch, files.length); i++) {
    report.push({ index: i, outcome: checkFile(files[i]!, store, options) });
  }
  parentPort!.postMessage(report);
}
