/**
 * Edit latency in a draft's real state, in process: a one-character edit on a 10,000-line
 * script, then parse through the document's ParseCache and validate, as the server does per
 * keystroke. Four states of the same generated script: clean; with its quoted `{customer}，…`
 * values unquoted (YAML errors all over, as drafts have); with one YAML error at the top; with
 * an unterminated quote opened in the middle. Goal: errors ÷ clean ≤ 1.5×, median and p99.
 * 600 edits per state: a collection pause lands on whichever state is timed at that moment, and
 * with 150 edits the p99 (the second slowest) of a state was often just such a pause.
 *
 * `npm run bench -- --only=draft-edits` (or `BENCH_ONLY=draft-edits`, which prints it as JSON) runs this section alone.
 */
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

/**
 * `edits` one-character edits in each state at random places of its `at` (insert 好, then
 * delete it, so the text stays the same), each parsed and validated through the state's own
 * cache and service, as the server does per document, after ten untimed ones. The states take
 * turns edit by edit, so a change in the machine's load falls on all of them alike.
 */
function timeEdits(texts: Array<{ text: string; at: number[] }>, edits: number, seed: number): number[][] {
  const runs = texts.map(({ text, at }, i) => {
    const service = createScriptService();
    const cache = new ParseCache();
    service.validate(parseScript(text, cache));
    return { text, at, service, cache, r: rng(seed + i), samples: [] as number[] };
  });
  const warmup = 10;
  for (let e = 0; e < warmup + edits; e++) {
    for (const run of runs) {
      const at = run.at[Math.floor(run.r() * run.at.length)]!;
      for (const next of [run.text.slice(0, at) + '好' + run.text.slice(at), run.text]) {
        const start = process.hrtime.bigint();
        run.service.validate(parseScript(next, run.cache));
        if (e >= warmup) run.samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return runs.map((run) => run.samples);
}

/** The figures of every state, and the rows of the bench table. */
export function draftEdits({ seed, quick, row }: { seed: number; quick: boolean; row: Row }): {
  lines: number;
  states: StateFigure[];
  ratio: { median: number; p99: number };
} {
  const lines = 10000;
  const clean = generateScript(lines, seed + 15);
  const edits = quick ? 30 : 600;
  const all = states(clean);
  const timings = timeEdits(all, edits, seed);
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
