/**
 * The CLI as a user runs it: whole processes, timed from spawn to exit, against the floor of
 * a process that only reads and YAML-parses the same files (bench/parseOnly.ts). The
 * variants run interleaved, round after round, so that a slow moment of the machine costs
 * every variant alike; figures are medians with their spread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats';

export interface ProcessFigure {
  wallMs: { median: number; min: number; max: number };
  cpuMs: number;
  peakMB: number;
  status: number | null;
}

export interface CliFigures {
  cores: number;
  runs: number;
  /** 1,000 files on one thread (--jobs 1), the parse floor, and the ratio: goal ≤ 1.2. */
  files: { count: number; oneThread: ProcessFigure; parseOnly: ProcessFigure; ratio: number; parallel: ProcessFigure };
  /** One 10,000-line file. */
  bigFile: { lines: number; oneThread: ProcessFigure; parseOnly: ProcessFigure; ratio: number };
  /**
   * Start-up in slices: Node with nothing to run; `--version`, which loads the CLI (its
   * bundle and the data tables built when it loads) and checks nothing; checking one small
   * script, which adds the phrasebook, the first check and the report.
   */
  startup: { oneScript: ProcessFigure; loadOnly: ProcessFigure; bareNode: ProcessFigure };
}

function run(root: string, args: string[]): { wall: number; cpu: number; mb: number; status: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', join(root, 'bench', 'maxrss.cjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = Number(/CPU_US=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  return { wall, cpu, mb: kb / 1024, status: r.status };
}

export function cliFigures(options: {
  root: string;
  workspace: string;
  files: number;
  bigScript: string;
  bigLines: number;
  runs: number;
}): CliFigures {
  const big = mkdtempSync(join(tmpdir(), 'huashu-bench-big-'));
  try {
    return measure(options, big);
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}

function measure(
  options: { root: string; workspace: string; files: number; bigScript: string; bigLines: number; runs: number },
  big: string,
): CliFigures {
  const { root, workspace, runs } = options;
  const cli = join(root, 'dist', 'cli.js');
  const parseOnly = join(root, 'dist', 'bench', 'parseOnly.js');
  writeFileSync(join(big, 'big.script.yaml'), options.bigScript);
  const small = join(root, 'samples', 'hotline.script.yaml');
  const variants: Record<string, string[]> = {
    oneThread: [cli, 'check', workspace, '--format', 'json', '--jobs', '1'],
    parseOnly: [parseOnly, workspace],
    parallel: [cli, 'check', workspace, '--format', 'json'],
    bigOneThread: [cli, 'check', big, '--format', 'json', '--jobs', '1'],
    bigParseOnly: [parseOnly, big],
    oneScript: [cli, 'check', small, '--format', 'json'],
    loadOnly: [cli, '--version'],
    bareNode: ['-e', ''],
  };
  const samples: Record<string, ReturnType<typeof run>[]> = {};
  for (const name of Object.keys(variants)) samples[name] = [];
  for (let round = 0; round < runs; round++) {
    for (const [name, args] of Object.entries(variants)) samples[name]!.push(run(root, args));
  }
  const figure = (name: string): ProcessFigure => {
    const s = samples[name]!;
    const walls = s.map((x) => x.wall);
    return {
      wallMs: { median: median(walls), min: Math.min(...walls), max: Math.max(...walls) },
      cpuMs: median(s.map((x) => x.cpu)),
      peakMB: median(s.map((x) => x.mb)),
      status: s[0]!.status,
    };
  };
  const oneThread = figure('oneThread');
  const floor = figure('parseOnly');
  const bigOne = figure('bigOneThread');
  const bigFloor = figure('bigParseOnly');
  return {
    cores: availableParallelism(),
    runs,
    files: {
      count: options.files,
      oneThread,
      parseOnly: floor,
      ratio: oneThread.wallMs.median / floor.wallMs.median,
      parallel: figure('parallel'),
    },
    bigFile: {
      lines: options.bigLines,
      oneThread: bigOne,
      parseOnly: bigFloor,
      ratio: bigOne.wallMs.median / bigFloor.wallMs.median,
    },
    startup: { oneScript: figure('oneScript'), loadOnly: figure('loadOnly'), bareNode: figure('bareNode') },
  };
}

/** The table rows of the figures. */
export function cliRows(f: CliFigures): string[][] {
  const ms = (v: number) => v.toFixed(0);
  const cells = (label: string, p: ProcessFigure, ratio: string): string[] => [
    label,
    `${ms(p.wallMs.median)} (${ms(p.wallMs.min)}–${ms(p.wallMs.max)})`,
    `${ms(p.cpuMs)} / ${p.peakMB.toFixed(0)}`,
    ratio,
  ];
  return [
    [
      `CLI, whole processes (median of ${f.runs}, interleaved)`,
      'wall ms (min–max)',
      'CPU ms / peak MB',
      'vs parse-only',
    ],
    cells(`${f.files.count.toLocaleString('en')} files, --jobs 1`, f.files.oneThread, f.files.ratio.toFixed(2)),
    cells(`${f.files.count.toLocaleString('en')} files, parse-only`, f.files.parseOnly, '1.00'),
    cells(
      `${f.files.count.toLocaleString('en')} files, --jobs ${f.cores} (default)`,
      f.files.parallel,
      (f.files.parallel.wallMs.median / f.files.parseOnly.wallMs.median).toFixed(2),
    ),
    cells(
      `one ${f.bigFile.lines.toLocaleString('en')}-line file, --jobs 1`,
      f.bigFile.oneThread,
      f.bigFile.ratio.toFixed(2),
    ),
    cells(`one ${f.bigFile.lines.toLocaleString('en')}-line file, parse-only`, f.bigFile.parseOnly, '1.00'),
    cells('start-up: one small script', f.startup.oneScript, ''),
    cells('start-up: load only (--version)', f.startup.loadOnly, ''),
    cells('node with nothing to run', f.startup.bareNode, ''),
  ];
}
