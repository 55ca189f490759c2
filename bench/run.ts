/**
 * `npm run bench`: the figures that keep Huashu fast. Prints a table and writes
 * bench/results.json. A benchmark, not a test: nothing here fails on a timing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { compilePhrasebook, createScriptService, loadPhrasebook } from '../server/src/service';
import { builtinPhrasebook } from '../server/src/service/phrasebook/builtin';
import placeholders from '../server/data/phrasebook/placeholders.yaml';
import { generateForbiddenYaml, generateScript } from './generate';
import { logLogSlope, time } from './stats';
import { lspFigures } from './lsp';
import { lspReport } from './lspReport';
import { draftEdits, draftEditsWorker } from './draftEdits';
import { stressFigures, type MemoryFigure } from './stress';
import { cliFigures, cliRows } from './cli';
import { flowBench } from './flow';
import { previewBench } from './preview';

const ROOT = join(__dirname, '..', '..');
const SEED = Number(process.env.BENCH_SEED ?? 20261122);
const quick = process.argv.includes('--quick');
/** `--only=check,cli`: only these sections (check, phrasebook, flow, cli, lsp, writer, draft-edits, stress). */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const want = (section: string) => !only || only.includes(section);
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  node: process.version,
  seed: SEED,
  date: new Date().toISOString(),
};
const rows: string[][] = [];
const row = (...cells: Array<string | number>) => rows.push(cells.map(String));
const ms = (v: number) => v.toFixed(2);

function runsFor(lines: number): number {
  if (quick) return 3;
  return lines <= 1000 ? 30 : lines <= 10000 ? 15 : 7;
}

async function main(): Promise<void> {
  if (want('draft-edits')) results.draftEdits = await draftEdits({ seed: SEED, quick, row });
  if (want('check')) {
    // 1, 2 and 6: parse floor, full check, ratio, growth.
    const service = createScriptService();
    const sizes = [100, 1000, 10000, 50000];
    const checkTimes: number[] = [];
    const sizeFigures = [];
    row('script lines', 'parse floor ms', 'full check ms (min–max)', 'ratio');
    for (const lines of sizes) {
      const text = generateScript(lines, SEED + lines);
      const parse = time(() => parseDocument(text, { keepSourceTokens: true }), runsFor(lines));
      const check = time(() => service.validate(text), runsFor(lines));
      checkTimes.push(check.median);
      const ratio = check.median / parse.median;
      sizeFigures.push({ lines, parseMs: parse, checkMs: check, ratio, findings: service.validate(text).length });
      row(lines, ms(parse.median), `${ms(check.median)} (${ms(check.min)}–${ms(check.max)})`, ratio.toFixed(2));
    }
    const exponent = logLogSlope(sizes, checkTimes);
    results.sizes = sizeFigures;
    results.growthExponent = exponent;
    row('growth exponent (log-log fit of check time)', '', '', exponent.toFixed(3));
  }

  if (want('phrasebook')) {
    // 5: phrasebook size.
    const builtin = builtinPhrasebook().book;
    const real = builtin.forbidden.map((f) => f.phrase);
    const approvedYaml =
      'version: 1\ncategories:\n  bench: { zh: 基准, en: Bench }\nphrases:\n  - { id: bench-ok, text: 好的, category: bench }\n';
    const bookText = generateScript(10000, SEED);
    const bookFigures = [];
    row('', '', '', '');
    row('forbidden phrases', 'check ms (10,000 lines)', '(min–max)', 'vs 100');
    let base = 0;
    for (const count of [100, 1000, 10000]) {
      const { phrasebook, errors } = loadPhrasebook([
        { file: 'placeholders.yaml', text: placeholders },
        { file: 'approved.yaml', text: approvedYaml },
        { file: 'forbidden.yaml', text: generateForbiddenYaml(count, SEED + count, real) },
      ]);
      if (errors.length > 0) throw new Error(`bench phrasebook: ${JSON.stringify(errors[0])}`);
      const s = createScriptService({ phrasebook: compilePhrasebook(phrasebook) });
      const t = time(() => s.validate(bookText), runsFor(10000));
      if (count === 100) base = t.median;
      bookFigures.push({ phrases: count, checkMs: t, ratioTo100: t.median / base });
      row(count, ms(t.median), `${ms(t.min)}–${ms(t.max)}`, (t.median / base).toFixed(2));
    }
    results.phrasebookSize = bookFigures;
  }

  if (want('flow')) {
    flowBench(row, results, runsFor(10000));
    previewBench(row, results, runsFor(10000));
  }

  if (want('cli') || want('lsp')) {
    // 3: the CLI over a 1,000-file workspace.
    const workspace = mkdtempSync(join(tmpdir(), 'huashu-bench-'));
    try {
      for (let i = 0; i < 1000; i++)
        writeFileSync(join(workspace, `s${i}.script.yaml`), generateScript(100 + (i % 5) * 50, SEED + i));
      if (want('cli')) {
        const cli = cliFigures({
          root: ROOT,
          workspace,
          files: 1000,
          bigScript: generateScript(10000, SEED),
          bigLines: 10000,
          runs: quick ? 1 : 5,
        });
        results.cli = cli;
        row('', '', '', '');
        rows.push(...cliRows(cli));
      }

      // 4: the language server over stdio.
      if (want('lsp')) {
        const lsp = await lspFigures({
          root: ROOT,
          workspace,
          script: generateScript(10000, SEED),
          edits: quick ? 40 : 200,
        });
        results.lsp = lsp;
        row('', '', '', '');
        row('language server', 'median ms', 'p99 ms', '');
        row(
          'didChange → publishDiagnostics (10,000 lines)',
          ms(lsp.editToDiagnostics.median),
          ms(lsp.editToDiagnostics.p99),
          '',
        );
        row('completion request', ms(lsp.completion.median), ms(lsp.completion.p99), '');
        row(
          'the same list from a server doing nothing else (floor); ratio of p99s',
          ms(lsp.completionFloor.median),
          ms(lsp.completionFloor.p99),
          (lsp.completion.p99 / lsp.completionFloor.p99).toFixed(2),
        );
        row(
          'completion 10 ms after an edit',
          ms(lsp.completionWhileTyping.median),
          ms(lsp.completionWhileTyping.p99),
          '',
        );
        row(
          'server memory after 1,000-file workspace (RSS; after collection RSS / heap used)',
          `${lsp.memoryMB.toFixed(0)} MB`,
          `${lsp.settledMemory.rssMB.toFixed(0)} / ${lsp.settledMemory.heapUsedMB.toFixed(0)} MB`,
          '',
        );
      }
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }

  if (want('writer')) {
    // 8: memory in edits, latency with YAML errors, and yaml-language-server beside it (--yls).
    const writer = await lspReport({
      root: ROOT,
      script: generateScript(10000, SEED),
      seed: SEED,
      quick,
      yls: process.argv.includes('--yls'),
    });
    results.writer = writer.results;
    rows.push(...writer.rows);
  }

  if (want('stress')) {
    // 7: the server under stress. Goal: resident memory stays under 300 MB and under 3× what it was before.
    const stress = await stressFigures(ROOT);
    results.stress = stress;
    const memoryGoal = (f: MemoryFigure) => (f.afterMB <= 300 && f.afterMB <= 3 * f.beforeMB ? 'met' : 'MISSED');
    row('', '', '', '');
    row('server under stress (goal: RSS ≤ 300 MB and ≤ 3× before)', 'wall ms', 'RSS before → after (peak) MB', 'goal');
    row(
      `storm: ${stress.storm.edits.toLocaleString('en')} edits, ${stress.storm.requests} requests`,
      ms(stress.storm.ms),
      `${stress.storm.beforeMB.toFixed(0)} → ${stress.storm.afterMB.toFixed(0)} (${stress.storm.peakMB.toFixed(0)})`,
      memoryGoal(stress.storm),
    );
    row(
      `${stress.openClose.documents.toLocaleString('en')} documents opened and closed`,
      ms(stress.openClose.ms),
      `${stress.openClose.beforeMB.toFixed(0)} → ${stress.openClose.afterMB.toFixed(0)} (${stress.openClose.peakMB.toFixed(0)})`,
      memoryGoal(stress.openClose),
    );
  }

  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  for (const r of rows)
    process.stdout.write(
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd() + '\n',
    );
  // A run of some sections only (--only) leaves the figures of a full run in place.
  if (only) return;
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\nwrote bench/results.json\n`);
}

// The bench's worker threads run this same script: a draft-edits state's worker does its part only.
if (!draftEditsWorker()) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
