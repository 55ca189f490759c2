/**
 * The language server in the writer's real state, as rows of the benchmark table: memory with
 * 1,000 scripts open and after 10,000 edits across them, and edit and completion latency on
 * a 10,000-line script, clean and with YAML errors. With `--yls`, yaml-language-server is
 * measured the same way beside it (its runs interleaved with Huashu's).
 */
import { compareFigures, type Latency } from './compare';
import { memoryFigures, type MemoryFigures, type Stage } from './memory';
import { huashuServer, yamlLanguageServer, YLS_DEBOUNCE_MS } from './servers';

export interface LspReportOptions {
  root: string;
  script: string;
  seed: number;
  quick: boolean;
  yls: boolean;
}

const ms = (v: number) => v.toFixed(2);
const mb = (v: number) => v.toFixed(0);
const spread = (l: Latency) => `${ms(l.median)} / ${ms(l.p99)} (${ms(l.roundMedians[0])}–${ms(l.roundMedians[1])})`;
const memory = (s: Stage) => `${mb(s.rssMB)} / ${mb(s.heapUsedMB)}`;

export async function lspReport(options: LspReportOptions): Promise<{ results: unknown; rows: string[][] }> {
  const kinds = options.yls ? [huashuServer, yamlLanguageServer] : [huashuServer];
  const rows: string[][] = [];
  const latency = await compareFigures({
    root: options.root,
    script: options.script,
    servers: kinds,
    rounds: options.quick ? 2 : 5,
    editsPerRound: options.quick ? 5 : 20,
    completionsPerRound: options.quick ? 20 : 100,
  });
  rows.push(['', '', '', ''], ['10,000-line script', 'median / p99 ms (round medians)', '', '']);
  for (const f of latency) {
    rows.push([`${f.server}: edit → diagnostics, clean`, spread(f.cleanEdit), '', '']);
    rows.push([`${f.server}: edit → diagnostics, with YAML errors`, spread(f.errorsEdit), '', '']);
    rows.push(['', `errors / clean: ${(f.errorsEdit.median / f.cleanEdit.median).toFixed(2)}× median`, '', '']);
    rows.push([`${f.server}: completion in a value (${f.completion.items} items)`, spread(f.completion), '', '']);
  }
  if (options.yls)
    rows.push([`(yaml-language-server waits ${YLS_DEBOUNCE_MS} ms after each change before validating)`, '', '', '']);

  const files = 1000;
  const edits = options.quick ? 2000 : 10000;
  const memoryRuns: Array<{ server: string } & MemoryFigures> = [];
  rows.push(['', '', '', '']);
  rows.push([
    `memory, RSS / heap used MB after collection (${files.toLocaleString('en')} files)`,
    `start → opened → ${edits.toLocaleString('en')} edits → closed`,
    'peak RSS',
    'edits / opened',
  ]);
  for (const kind of kinds) {
    const m = await memoryFigures({ root: options.root, files, edits, seed: options.seed, server: kind });
    memoryRuns.push({ server: kind.name, ...m });
    rows.push([
      kind.name,
      [m.start, m.afterOpen, m.afterEdits, m.afterClose].map(memory).join(' → '),
      mb(m.afterClose.peakMB),
      m.growth.toFixed(2),
    ]);
  }
  return { results: { latency, memory: memoryRuns, ylsDebounceMs: options.yls ? YLS_DEBOUNCE_MS : undefined }, rows };
}
