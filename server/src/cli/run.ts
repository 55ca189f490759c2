import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { configDiagnostics, localize, settingsForConfigFile, type CheckSettings, type Message } from '../service';
import { ConfigStore, type ConfigState } from '../files/configStore';
import { describeError } from '../files/describeError';
import { readTextFileSync, sizeArgs, type Refusal } from '../files/textFile';
import { packageVersion, rulesDocUrl } from '../packageRoot';
import { envLocale, parseArgs, UsageError } from './args';
import { realPath } from '../files/realPath';
import { changedFiles, isCommit } from './changed';
import { applyBaseline, readBaseline, writeBaseline, type Checked } from './baselineFile';
import { COUNTS, countText } from './counts';
import { FORMATTERS, type FileResult, type FormatOptions } from './formatters';
import { listWaivers, listWaiversJson } from './formatters/waivers';
import { collectFiles, type Say } from './collect';
import { cliMessages as M } from './messages';
import { runPicture } from './picture';
import { progressLine } from './progress';
import { visible } from './visibleText';
import { fileSpeaking } from './speaking';
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
}

export type ReadResult = { text: string } | { problem: Message; args: Record<string, string> };

const REFUSED: Record<Refusal['refused'], Message> = {
  notAFile: M.notAFile,
  tooLarge: M.tooLarge,
  binary: M.binary,
  notUtf8: M.notUtf8,
  unreadable: M.unreadable,
};

export function readScript(path: string): ReadResult {
  const read = readTextFileSync(path);
  if ('text' in read) return read;
  const args: Record<string, string> = { path };
  if (read.refused === 'tooLarge') Object.assign(args, sizeArgs(read.size, read.limit));
  if (read.refused === 'unreadable') args.reason = read.reason;
  return { problem: REFUSED[read.refused], args };
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
  const store = new ConfigStore(docsUrl, process.cwd());
  const settings: CheckSettings = { locale: options.locale, rules: Object.create(null) };
  const results: FileResult[] = [];
  const checked: Checked[] = [];
  const configs = new Map<string, ConfigState>();
  const inputs: Array<{ file: string; read: () => ReadResult }> = files.map((file) => ({
    file,
    read: () => readScript(file),
  }));
  if (options.stdin !== undefined) {
    const text = io.readStdin ? await io.readStdin() : '';
    inputs.push({ file: options.stdin, read: () => ({ text }) });
  }
  const progress = progressLine(inputs.length, io, (done, total) =>
    localize(M.progress, options.locale, { done: String(done), total: String(total) }),
  );
  let done = 0;
  for (const { file, read: readInput } of inputs) {
    progress.update(++done);
    const read = readInput();
    if ('problem' in read) {
      say(read.problem, read.args);
      exit = 2;
      continue;
    }
    const target = store.forScript(file, settings, options.config);
    if (target.config) configs.set(target.config.path, target.config);
    const rules: CheckSettings['rules'] = Object.create(null);
    Object.assign(rules, target.settings.rules, Object.fromEntries(options.rules));
    let result;
    let speaking;
    try {
      const model = target.service.parse(read.text);
      result = target.service.check(model, { ...target.settings, rules });
      speaking = fileSpeaking(target.service, model, target.settings);
    } catch (e) {
      // A bug of the checker on one file must not cost the report of all the others.
      say(M.checkFailed, { path: file, error: describeError(e, 'brief') });
      exit = 2;
      continue;
    }
    const fileResult: FileResult = {
      file,
      diagnostics: result.diagnostics,
      suppressed: result.suppressed,
      waivers: result.waivers,
      text: read.text,
      speaking,
    };
    results.push(fileResult);
    checked.push({ result: fileResult, text: read.text });
  }
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
