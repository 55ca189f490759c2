import { existsSync } from 'node:fs';
import { RULE_IDS, toLocale, type Locale, type Message, type RuleId, type RuleLevel } from '../service';
import { FORMATTERS } from './formatters';
import { cliMessages as M } from './messages';
import { pictureMessages as P } from './pictureMessages';

/** `check` the scripts, `stats` (the speaking-time table), draw one as a `graph`, or write the HTML `report` of all. */
export type Command = 'check' | 'stats' | 'graph' | 'report';

/** The formats of `huashu graph`. */
export const GRAPH_FORMATS = ['mermaid', 'dot', 'svg'] as const;

export interface Options {
  command: Command;
  format: string;
  /** `--out FILE` of `huashu report` (standard output without it). */
  out?: string;
  locale: Locale;
  color: boolean;
  /** `--rule` levels by rule id: a Map, so no id can reach an object's prototype. */
  rules: Map<RuleId, RuleLevel>;
  paths: string[];
  config?: string;
  listWaivers: boolean;
  /** `--stdin`: the script comes from standard input, under this name (`--stdin-filename`). */
  stdin?: string;
  /** `--baseline FILE`: report only findings it does not accept. */
  baseline?: string;
  /** `--update-baseline`: write the baseline (`--baseline`, else `.huashu-baseline.json`) instead of reporting. */
  updateBaseline: boolean;
  /** `--quiet`: errors only. */
  quiet: boolean;
  /** `--max-warnings N`: more warnings than N fail the run, as in ESLint. */
  maxWarnings?: number;
  /** `--jobs N`: threads that check files; 1 checks in this process. Absent: one per CPU core. */
  jobs?: number;
  /** `--changed [REF]`: only the scripts changed since the merge base with REF; `null` for the default branch. */
  changed?: string | null;
}

export class UsageError extends Error {
  constructor(
    readonly msg: Message,
    readonly args: Record<string, string> = {},
  ) {
    super(msg.en);
  }
}

/** The most threads `--jobs` may ask for. */
export const MAX_JOBS = 256;

const LEVELS: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

/**
 * Chinese unless the environment asks for English: the first of `LC_ALL`, `LC_MESSAGES`,
 * `LANG` that is set decides, and only an `en` locale gives English. `C.UTF-8` and `POSIX`,
 * the usual locales of CI machines and containers, name no language, so they keep Chinese.
 */
export function envLocale(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([-_.@]|$)/i.test(tag) ? 'en' : 'zh';
}

/** `id=level` of `--rule`: a known rule id, one `=`, a known level. */
function ruleLevel(value: string): [RuleId, RuleLevel] {
  const eq = value.indexOf('=');
  const id = value.slice(0, eq);
  const level = value.slice(eq + 1);
  if (eq === -1 || !(RULE_IDS as readonly string[]).includes(id)) {
    throw new UsageError(M.badRule, { value, rules: RULE_IDS.join(', ') });
  }
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(M.badLevel, { value, levels: LEVELS.join(', ') });
  }
  return [id as RuleId, level as RuleLevel];
}

/** The command line as options; `--` ends the options, so every argument after it is a path. */
export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  isTTY: boolean,
  /** Whether an argument names a git commit: `--changed main` takes it as the ref, not as a path. */
  isCommit: (name: string) => boolean = () => false,
): Options | 'help' | 'version' {
  const options: Options = {
    command: 'check',
    format: 'stylish',
    locale: envLocale(env),
    color: isTTY && !env.NO_COLOR,
    rules: new Map(),
    paths: [],
    listWaivers: false,
    updateBaseline: false,
    quiet: false,
  };
  const args = [...argv];
  const value = (option: string, inline: string | undefined) => {
    const v = inline ?? args.shift();
    if (v === undefined || (inline === undefined && v.startsWith('--'))) {
      throw new UsageError(M.missingValue, { option });
    }
    return v;
  };
  let command: string | undefined;
  let optionsEnded = false;
  let stdin = false;
  let stdinFilename: string | undefined;
  let format: string | undefined;
  const positional = (arg: string) => {
    if (command !== undefined) {
      options.paths.push(arg);
      return;
    }
    command = arg;
    if (command !== 'check' && command !== 'stats' && command !== 'graph' && command !== 'report') {
      throw new UsageError(M.unknownCommand, { command });
    }
    options.command = command;
  };
  while (args.length > 0) {
    const arg = args.shift()!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positional(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '-v' || flag === '--version') return 'version';
    if (flag === '--format' || flag === '-f') {
      format = value(flag, inline);
    } else if (flag === '--out' || flag === '-o') {
      options.out = value(flag, inline);
    } else if (flag === '--locale') {
      const v = value(flag, inline);
      if (!/^(zh|en)([-_].*)?$/i.test(v)) throw new UsageError(M.badLocale, { value: v });
      options.locale = toLocale(v);
    } else if (flag === '--rule') {
      options.rules.set(...ruleLevel(value(flag, inline)));
    } else if (flag === '--config' || flag === '-c') {
      options.config = value(flag, inline);
    } else if (flag === '--stdin') {
      stdin = true;
    } else if (flag === '--stdin-filename') {
      stdinFilename = value(flag, inline);
    } else if (flag === '--baseline') {
      options.baseline = value(flag, inline);
    } else if (flag === '--update-baseline') {
      options.updateBaseline = true;
    } else if (flag === '--changed') {
      const next = args[0];
      if (inline !== undefined) options.changed = inline;
      else if (next !== undefined && !next.startsWith('-') && !existsSync(next) && isCommit(next))
        options.changed = args.shift()!;
      else options.changed = null;
    } else if (flag === '--quiet' || flag === '-q') {
      options.quiet = true;
    } else if (flag === '--max-warnings') {
      const v = value(flag, inline);
      if (!/^\d+$/.test(v)) throw new UsageError(M.badMaxWarnings, { value: v });
      options.maxWarnings = Number(v);
    } else if (flag === '--jobs' || flag === '-j') {
      const v = value(flag, inline);
      if (!/^[1-9]\d*$/.test(v) || Number(v) > MAX_JOBS) {
        throw new UsageError(M.badJobs, { value: v, max: String(MAX_JOBS) });
      }
      options.jobs = Number(v);
    } else if (flag === '--list-waivers') {
      options.listWaivers = true;
    } else if (flag === '--no-color') {
      options.color = false;
    } else if (flag === '--color') {
      options.color = true;
    } else {
      throw new UsageError(M.unknownOption, { option: flag });
    }
  }
  if (command === undefined) return 'help';
  if (options.command === 'graph') {
    options.format = format ?? 'mermaid';
    if (!(GRAPH_FORMATS as readonly string[]).includes(options.format)) {
      throw new UsageError(P.badGraphFormat, { value: options.format });
    }
    if (options.paths.length !== 1 || stdin) throw new UsageError(P.graphOneFile);
  } else if (format !== undefined) {
    if (!Object.hasOwn(FORMATTERS, format) || options.command === 'report')
      throw new UsageError(M.badFormat, { value: format });
    options.format = format;
  }
  if (options.out !== undefined && options.command !== 'report') throw new UsageError(P.outOnlyReport);
  if (stdin) {
    if (options.paths.length > 0) throw new UsageError(M.stdinWithPaths);
    options.stdin = stdinFilename ?? '<stdin>';
  } else if (stdinFilename !== undefined) {
    throw new UsageError(M.stdinFilenameAlone);
  }
  if (options.paths.length === 0 && !stdin) options.paths.push('.');
  return options;
}
