import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { configDiagnostics, localize, settingsForConfigFile, type CheckSettings } from '../service';
import { findConfigOncePerFolder } from './configLookup';
import { ConfigStore, type ConfigState } from '../files/configStore';
import { packageVersion, rulesDocUrl } from '../packageRoot';
import { envLocale, parseArgs, UsageError } from './args';
import { realPath } from '../files/realPath';
import { changedFiles, isCommit } from './changed';
import { applyBaseline, readBaseline, writeBaseline, type Checked } from './baselineFile';
import { COUNTS, countText } from './counts';
import { FORMATTERS, type FileResult, type FormatOptions } from './formatters';
import { listWaivers, listWaiversJson } from './formatters/waivers';
import { checkText, type CheckOptions, type Outcome } from './checkFile';
import { collectFiles, type Say } from './collect';
import { cliMessages as M } from './messages';
import { checkFiles } from './parallel';
import { runPicture } from './picture';
import { progressLine } from './progress';
import { visible } from './visibleText';
import { statsJson, statsTable } from './formatters/stats';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Standard input as text, for `--stdin`. */
  readStdin?: () => Promise<string>;
  /** Standard error is a terminal: a long run may show its progress there. */
  stderrIsTTY?: boolean;
  /** The script of a worker thread (worker.ts, built): without it, `--jobs` checks in this process. */
  workerScript?: string;
}

/** The baseline `--update-baseline` writes when `--baseline` names none. */
const DEFAULT_BASELINE = '.huashu-baseline.json';

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  const locale = envLocale(io.env);
  // Every stderr line is one line of visible text, whatever file names and arguments hold.
  const complain = (text: string) => io.stderr(`huashu: ${visible(text)}\n`);
  try {
    parsed = parseArgs(argv, io.env, io.isTTY, isCommit);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    complain(localize(e.msg, locale, e.args));
    return 2;
  }
  if (parsed === 'help') {
    io.stdout(localize(M.usage, locale) + '\n');
    return 0;
  }
  if (parsed === 'version') {
    io.stdout(packageVersion() + '\n');
    return 0;
  }
  const options = parsed;
  if (options.command === 'graph' || options.command === 'report') return runPicture(options, io);
  const say: Say = (msg, args) => complain(localize(msg, options.locale, args));
  let exit = 0;
  const collected = await collectFiles(options.paths, options.locale, say);
  if (!collected.ok) exit = 2;
  let files = collected.files;
  if (options.changed !== undefined) {
    const changed = changedFiles(options.changed ?? undefined);
    if ('problem' in changed) {
      say(changed.problem, changed.args);
      return 2;
    }
    files = files.filter((file) => changed.has(realPath(resolve(file))));
  }

  const docsUrl = rulesDocUrl();
  if (options.config !== undefined && !existsSync(options.config)) {
    say(M.notFound, { path: options.config });
    return 2;
  }
  // The CLI's workspace is the current folder: configurations are looked up to it, and the
  // phrasebooks they name must lie inside it (or inside the configuration's own folder).
  const store = new ConfigStore(docsUrl, process.cwd(), findConfigOncePerFolder());
  const settings: CheckSettings = { locale: options.locale, rules: Object.create(null) };
  const results: FileResult[] = [];
  const checked: Checked[] = [];
  const configs = new Map<string, ConfigState>();
  const checkOptions: CheckOptions = {
    settings,
    rules: options.rules,
    speaking: options.command === 'stats' || options.format === 'json',
    ...(options.config !== undefined ? { config: options.config } : {}),
  };
  const names = [...files];
  const stdinText = options.stdin !== undefined ? (io.readStdin ? await io.readStdin() : '') : undefined;
  if (options.stdin !== undefined) names.push(options.stdin);
  const progress = progressLine(names.length, io, (done, total) =>
    localize(M.progress, options.locale, { done: String(done), total: String(total) }),
  );
  let done = 0;
  const jobs = options.jobs ?? availableParallelism();
  const outcomes: Outcome[] = await checkFiles(files, jobs, io.workerScript, store, checkOptions, () =>
    progress.update(++done),
  );
  if (options.stdin !== undefined) {
    outcomes.push(checkText(options.stdin, stdinText!, store, checkOptions).outcome);
    progress.update(++done);
  }
  // In the order of the files, whatever thread checked them: the report of one thread.
  outcomes.forEach((outcome, i) => {
    const file = names[i]!;
    if ('problem' in outcome) {
      say(outcome.problem, outcome.args);
      exit = 2;
      return;
    }
    if (outcome.config !== undefined && !configs.has(outcome.config)) {
      const state = store.forScript(file, settings, options.config).config;
      if (state) configs.set(state.path, state);
    }
    if ('failed' in outcome) {
      say(M.checkFailed, { path: file, error: outcome.failed });
      exit = 2;
      return;
    }
    const fileResult: FileResult = { file, ...outcome.result, text: outcome.text };
    results.push(fileResult);
    checked.push({ result: fileResult, text: outcome.text });
  });
  progress.done();
  for (const state of configs.values()) {
    const own = settingsForConfigFile(state.resolved, settings);
    const configSettings = {
      ...own,
      rules: Object.assign(Object.create(null), own.rules, Object.fromEntries(options.rules)),
    };
    for (const [file, diagnostics] of configDiagnostics(state.problems, state.texts, configSettings, docsUrl)) {
      results.unshift({ file: relative(process.cwd(), file) || file, diagnostics });
    }
  }
  const baselineFile = options.baseline ?? (options.updateBaseline ? DEFAULT_BASELINE : undefined);
  let baseline: FormatOptions['baseline'];
  if (baselineFile !== undefined) {
    const entries = readBaseline(baselineFile, options.updateBaseline);
    if ('problem' in entries) {
      say(entries.problem, entries.args);
      return 2;
    }
    if (options.updateBaseline) {
      const written = writeBaseline(baselineFile, entries, checked);
      io.stdout(
        localize(M.baselineWritten, options.locale, {
          path: visible(baselineFile),
          findings: countText(COUNTS.finding, written.findings, options.locale),
          files: countText(COUNTS.file, written.files, options.locale),
        }) + '\n',
      );
      return exit;
    }
    baseline = applyBaseline(baselineFile, entries, checked);
  }
  if (options.command === 'stats') {
    io.stdout(options.format === 'json' ? statsJson(results) : statsTable(results, options.locale));
    return exit;
  }
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 2).length, 0);
  if (options.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => (d.severity ?? 1) === 1);
  const formatter = options.listWaivers
    ? options.format === 'json'
      ? listWaiversJson
      : listWaivers
    : FORMATTERS[options.format]!;
  const output = formatter(results, {
    locale: options.locale,
    color: options.color,
    version: packageVersion(),
    docsUrl,
    baseline,
  });
  io.stdout(output);
  if (options.listWaivers) return exit;
  if (exit === 0 && results.some((r) => r.diagnostics.some((d) => d.severity === 1))) exit = 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    say(M.tooManyWarnings, { count: String(warnings), max: String(options.maxWarnings) });
    if (exit === 0) exit = 1;
  }
  return exit;
}
