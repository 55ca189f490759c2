import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  configDiagnostics, localize, RULE_IDS, settingsForConfigFile, settingsFrom, toLocale,
  type Locale, type Message, type RuleId, type RuleLevel,
} from '../service';
import { ConfigStore, type ConfigState } from '../config/configStore';
import { readTextFileSync, sizeArgs, type Refusal } from '../files/textFile';
import { packageVersion, rulesDocUrl } from '../packageRoot';
import { expand } from './files';
import { FORMATTERS, type FileResult } from './formatters';
import { listWaivers } from './formatters/waivers';
import { cliMessages as M } from './messages';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

interface Options {
  format: string;
  locale: Locale;
  color: boolean;
  rules: Partial<Record<RuleId, RuleLevel>>;
  paths: string[];
  config?: string;
  listWaivers: boolean;
}

class UsageError extends Error {
  constructor(readonly msg: Message, readonly args: Record<string, string> = {}) {
    super(msg.en);
  }
}

function envLocale(env: CliIo['env']): Locale {
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE);
}

function parseArgs(argv: string[], io: CliIo): Options | 'help' | 'version' {
  const options: Options = {
    format: 'stylish',
    locale: envLocale(io.env),
    color: io.isTTY && !io.env.NO_COLOR,
    rules: {},
    paths: [],
    listWaivers: false,
  };
  const args = [...argv];
  const value = (option: string, inline: string | undefined) => {
    const v = inline ?? args.shift();
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(M.missingValue, { option });
    return v;
  };
  let command: string | undefined;
  while (args.length > 0) {
    const arg = args.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '-v' || flag === '--version') return 'version';
    if (flag === '--format' || flag === '-f') {
      options.format = value(flag, inline);
      if (!(options.format in FORMATTERS)) throw new UsageError(M.badFormat, { value: options.format });
    } else if (flag === '--locale') {
      const v = value(flag, inline);
      if (!/^(zh|en)([-_].*)?$/i.test(v)) throw new UsageError(M.badLocale, { value: v });
      options.locale = toLocale(v);
    } else if (flag === '--rule') {
      const v = value(flag, inline);
      const [id, level] = v.split('=');
      const parsed = settingsFrom({ rules: { [id ?? '']: level } }).rules;
      if (!(id! in parsed)) throw new UsageError(M.badRule, { value: v, rules: RULE_IDS.join(', ') });
      Object.assign(options.rules, parsed);
    } else if (flag === '--config' || flag === '-c') {
      options.config = value(flag, inline);
    } else if (flag === '--list-waivers') {
      options.listWaivers = true;
    } else if (flag === '--no-color') {
      options.color = false;
    } else if (flag === '--color') {
      options.color = true;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(M.unknownOption, { option: flag });
    } else if (command === undefined) {
      command = arg;
      if (command !== 'check') throw new UsageError(M.unknownCommand, { command });
    } else {
      options.paths.push(arg);
    }
  }
  if (command === undefined) return 'help';
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

type ReadResult = { text: string } | { problem: Message; args: Record<string, string> };

const REFUSED: Record<Refusal['refused'], Message> = {
  notAFile: M.notAFile,
  tooLarge: M.tooLarge,
  binary: M.binary,
  notUtf8: M.notUtf8,
  unreadable: M.unreadable,
};

function readScript(path: string): ReadResult {
  const read = readTextFileSync(path);
  if ('text' in read) return read;
  const args: Record<string, string> = { path };
  if (read.refused === 'tooLarge') Object.assign(args, sizeArgs(read.size, read.limit));
  if (read.refused === 'unreadable') args.reason = read.reason;
  return { problem: REFUSED[read.refused], args };
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  const locale = envLocale(io.env);
  try {
    parsed = parseArgs(argv, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`huashu: ${localize(e.msg, locale, e.args)}\n`);
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
  const say = (msg: Message, args: Record<string, string>) => io.stderr(`huashu: ${localize(msg, options.locale, args)}\n`);
  let exit = 0;
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of options.paths) {
    const expansion = await expand(path);
    if ('problem' in expansion) {
      say(M[expansion.problem], { path });
      exit = 2;
      continue;
    }
    for (const { path: folder, reason } of expansion.unreadable) {
      say(M.unreadable, { path: folder, reason });
      exit = 2;
    }
    for (const file of expansion.files) {
      if (!seen.has(file)) files.push(file);
      seen.add(file);
    }
  }

  const docsUrl = rulesDocUrl();
  if (options.config !== undefined && !existsSync(options.config)) {
    say(M.notFound, { path: options.config });
    return 2;
  }
  // The CLI's workspace is the current folder: configurations are looked up to it, and the
  // phrasebooks they name must lie inside it (or inside the configuration's own folder).
  const store = new ConfigStore(docsUrl, process.cwd());
  const settings = { locale: options.locale, rules: {} };
  const results: FileResult[] = [];
  const configs = new Map<string, ConfigState>();
  for (const file of files) {
    const read = readScript(file);
    if ('problem' in read) {
      say(read.problem, read.args);
      exit = 2;
      continue;
    }
    const target = store.forScript(file, settings, options.config);
    if (target.config) configs.set(target.config.path, target.config);
    const fileSettings = { ...target.settings, rules: { ...target.settings.rules, ...options.rules } };
    let result;
    try {
      result = target.service.check(read.text, fileSettings);
    } catch (e) {
      // A bug of the checker on one file must not cost the report of all the others.
      say(M.checkFailed, { path: file, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      exit = 2;
      continue;
    }
    results.push({ file, diagnostics: result.diagnostics, suppressed: result.suppressed, waivers: result.waivers });
  }
  for (const state of configs.values()) {
    const own = settingsForConfigFile(state.resolved, settings);
    const configSettings = { ...own, rules: { ...own.rules, ...options.rules } };
    for (const [file, diagnostics] of configDiagnostics(state.problems, state.texts, configSettings, docsUrl)) {
      results.unshift({ file: relative(process.cwd(), file) || file, diagnostics });
    }
  }
  const output = (options.listWaivers ? listWaivers : FORMATTERS[options.format]!)(results, {
    locale: options.locale,
    color: options.color,
    version: packageVersion(),
    docsUrl,
  });
  io.stdout(output);
  if (exit === 0 && results.some((r) => r.diagnostics.some((d) => d.severity === 1))) exit = 1;
  return exit;
}
