/**
 * Edit latency in a draft's real state, in process: a one-character edit on a 10,000-line
 * script, then parse through the document's ParseCache and validate, as the server does per
 * keystroke. Four states of the same generated script: clean; with its quoted `{customer}，…`
 * values unquoted (YAML errors all over, as drafts have); with one YAML error at the top; with
 * an unterminated quote opened in the middle. Goal: errors ÷ clean ≤ 1.5×, median and p99.
 * Each state lives in a worker thread of its own, with its own V8 heap: a state's edits pay for
 * the collections its own document causes, never for the other states' heaps (in one shared heap
 * a full collection of all four documents, about 40 ms, landed on whichever state was timed,
 * and decided that state's p99). The states still take turns edit by edit.
 *
 * `npm run bench -- --only=draft-edits` (or `BENCH_ONLY=draft-edits`, which prints it as JSON) runs this section alone.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createScriptService, ParseCache, parseScript } from '../server/src/service';
import { generateScript, rng } from './generate';
import { median, percentile } from './stats';

type Row = (...cells: Array<string | number>) => void;

interface StateFigure {
  state: string;
  medianMs: number;
  p99Ms: number;
  edits: number;
  /** YAML errors the script has in that state. */
  yamlErrors: number;
}

/** Ends of the lines of plain agent speech: where a writer's edits go. */
function speechLineEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (/^\s+(?:- )?agent: [^|>"'{]/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) ends.push(i);
  }
  return ends;
}

/** The script's states: the draft texts and where their edits go. */
function states(clean: string): Array<{ state: string; text: string; at: number[] }> {
  const lines = clean.split('\n');
  const middle = lines.findIndex((l, i) => i > lines.length / 2 && /^ {2}- id: /.test(l));
  const quoteLine = '  - agent: "您好，请问您还在';
  const quoteOpen = [...lines.slice(0, middle), quoteLine, ...lines.slice(middle)].join('\n');
  const errors = clean.replace(/'(\{customer\}[^'\n]*)'/g, '$1');
  const top = clean.replace(/^greeting: /m, 'greeting: {customer}，');
  return [
    { state: 'clean', text: clean, at: speechLineEnds(clean) },
    { state: 'unquoted {customer}，… values (YAML errors)', text: errors, at: speechLineEnds(errors) },
    { state: 'one YAML error at the top', text: top, at: speechLineEnds(top) },
    {
      state: 'typing in an unterminated quote (middle of the file)',
      text: quoteOpen,
      at: [quoteOpen.indexOf(quoteLine) + quoteLine.length],
    },
  ];
}

/** What a state's worker is given. */
interface StateInput {
  role: 'draft-edits';
  text: string;
  at: number[];
  seed: number;
}

/**
 * The worker of one state: parses and validates its script through its own cache and service,
 * as the server does per document; then, at each message, makes one edit (insert 好 at a random
 * place of `at`, then delete it, so the text stays the same), parsed and validated, timed when
 * asked. At `done` it sends its samples. Returns false outside such a worker.
 */
export function draftEditsWorker(): boolean {
  if (isMainThread || (workerData as StateInput | undefined)?.role !== 'draft-edits') return false;
  const { text, at, seed } = workerData as StateInput;
  const port = parentPort!;
  const service = createScriptService();
  const cache = new ParseCache();
  service.validate(parseScript(text, cache));
  const r = rng(seed);
  const samples: number[] = [];
  port.on('message', (message: 'warm' | 'timed' | 'done') => {
    if (message === 'done') {
      port.postMessage(samples);
      port.close();
      return;
    }
    const place = at[Math.floor(r() * at.length)]!;
    for (const next of [text.slice(0, place) + '好' + text.slice(place), text]) {
      const start = process.hrtime.bigint();
      service.validate(parseScript(next, cache));
      if (message === 'timed') samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    port.postMessage('ok');
  });
  return true;
}

/** The next message of a worker. */
const reply = <T>(worker: Worker): Promise<T> => new Promise((resolve) => worker.once('message', resolve));

/**
 * `edits` timed edits in each state, after ten untimed ones, each state in its worker (this
 * very script, run again as draftEditsWorker). The states take turns edit by edit, one working
 * at a time, so a change in the machine's load falls on all of them alike.
 */
async function timeEdits(
  texts: Array<{ text: string; at: number[] }>,
  edits: number,
  seed: number,
): Promise<number[][]> {
  const workers = texts.map(
    ({ text, at }, i) =>
      new Worker(__filename, { workerData: { role: 'draft-edits', text, at, seed: seed + i } satisfies StateInput }),
  );
  try {
    const warmup = 10;
    for (let e = 0; e < warmup + edits; e++) {
      for (const worker of workers) {
        const done = reply<'ok'>(worker);
        worker.postMessage(e < warmup ? 'warm' : 'timed');
        await done;
      }
    }
    const samples: number[][] = [];
    for (const worker of workers) {
      const done = reply<number[]>(worker);
      worker.postMessage('done');
      samples.push(await done);
    }
    return samples;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The figures of every state, and the rows of the bench table. */
export async function draftEdits({ seed, quick, row }: { seed: number; quick: boolean; row: Row }): Promise<{
  lines: number;
  states: StateFigure[];
  ratio: { median: number; p99: number };
}> {
  const lines = 10000;
  const clean = generateScript(lines, seed + 15);
  const edits = quick ? 30 : 600;
  const all = states(clean);
  const timings = await timeEdits(all, edits, seed);
  const figures = all.map(({ state, text }, i): StateFigure => {
    const samples = timings[i]!;
    return {
      state,
      medianMs: median(samples),
      p99Ms: percentile(samples, 99),
      edits: samples.length,
      yamlErrors: parseScript(text).doc.errors.length,
    };
  });
  const base = figures[0]!;
  const ratio = {
    median: Math.max(...figures.slice(1).map((f) => f.medianMs / base.medianMs)),
    p99: Math.max(...figures.slice(1).map((f) => f.p99Ms / base.p99Ms)),
  };
  row('', '', '', '');
  row('one-character edit, 10,000 lines (parse + validate)', 'median ms', 'p99 ms', 'vs clean (goal ≤ 1.5)');
  for (const f of figures) {
    row(
      `${f.state}${f.yamlErrors ? `, ${f.yamlErrors} YAML errors` : ''}`,
      f.medianMs.toFixed(2),
      f.p99Ms.toFixed(2),
      `${(f.medianMs / base.medianMs).toFixed(2)} / ${(f.p99Ms / base.p99Ms).toFixed(2)}`,
    );
  }
  const result = { lines, states: figures, ratio };
  if (process.env.BENCH_ONLY === 'draft-edits') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.exit(0);
  }
  return result;
}
