import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  createScriptService,
  isInside,
  parseConfig,
  resolveConfig,
  settingsForFile,
  type CheckSettings,
  type ConfigProblem,
  type Message,
  type ResolvedConfig,
  type ScriptService,
} from '../service';
import { describeError } from './describeError';
import { realPath } from './realPath';
import { readTextFileSync } from './textFile';

export const CONFIG_NAMES = ['.huashu.yaml', '.huashu.yml'];
/** Configuration and phrasebook files over this size are refused. */
const MAX_CONFIG_BYTES = 2 * 1024 * 1024;

const M = {
  checkFailed: {
    zh: '无法检查此配置（Huashu 内部错误：{error}），请报告此问题',
    en: 'Could not check this configuration (internal error: {error}): please report it',
  },
  unreadable: { zh: '无法读取配置文件', en: 'Cannot read the configuration file' },
  unreadableBecause: { zh: '无法读取配置文件（{reason}）', en: 'Cannot read the configuration file ({reason})' },
  linksOutside: {
    zh: '拒绝读取此配置：它链接到工作区之外的“{target}”',
    en: 'Refused to read this configuration: it links to "{target}", outside the workspace',
  },
} satisfies Record<string, Message>;

/**
 * The nearest `.huashu.yaml` from the script's folder up to `root` (inclusive), if any. Any
 * entry of that name counts, also a broken or looping link, so that it is reported, not skipped.
 */
export function findConfig(scriptPath: string, root?: string): string | undefined {
  for (let dir = dirname(resolve(scriptPath)); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
    }
    if ((root && resolve(dir) === resolve(root)) || dirname(dir) === dir) return undefined;
  }
}

/** A configuration or phrasebook file's text, or why it cannot be read (a system error's code, if any). */
function readConfigFile(path: string): { text: string } | { reason?: string } {
  const read = readTextFileSync(path, MAX_CONFIG_BYTES);
  if ('text' in read) return read;
  return read.refused === 'unreadable' ? { reason: read.reason } : {};
}

/** One configuration's state: what is in force, and what is wrong with the file now. */
export interface ConfigState {
  path: string;
  /** The configuration in force: the current file if valid, else the last good one, else none. */
  resolved?: ResolvedConfig;
  service: ScriptService;
  problems: ConfigProblem[];
  /** Texts of the config and phrasebook files the problems point into. */
  texts: Map<string, string>;
}

/**
 * Loads configurations and keeps the last good one of each: a broken `.huashu.yaml` is
 * reported and checking goes on with what was in force before (the built-in phrasebook at first).
 */
export class ConfigStore {
  private readonly states = new Map<string, ConfigState>();
  private readonly builtin: ScriptService;
  /** Configurations named by the user (`--config`): read wherever their links lead. */
  private readonly named = new Set<string>();

  constructor(
    private readonly docsUrl: string,
    private readonly workspaceRoot?: string,
    /** How a script's configuration is found (a run of the CLI looks once per folder). */
    private readonly find: typeof findConfig = findConfig,
  ) {
    this.builtin = createScriptService({ docsUrl });
  }

  /** Reads (or re-reads) a configuration file. */
  load(path: string): ConfigState {
    const abs = resolve(path);
    const previous = this.states.get(abs);
    const texts = new Map<string, string>();
    const problem = (message: Message, args?: Record<string, string>): ConfigProblem[] => [
      { file: abs, span: { start: 0, end: 0 }, message, ...(args ? { args } : {}) },
    ];
    // Phrasebooks must lie inside the workspace, or inside the configuration's own folder
    // when it is outside every workspace; both sides are compared as real paths.
    const root = realPath(this.workspaceRoot && isInside(this.workspaceRoot, abs) ? this.workspaceRoot : dirname(abs));
    const target = realPath(abs);
    const read = !this.named.has(abs) && !isInside(root, target) ? undefined : readConfigFile(abs);
    let problems: ConfigProblem[] = [];
    let resolved: ResolvedConfig | undefined;
    if (read === undefined) {
      problems = problem(M.linksOutside, { target });
    } else if (!('text' in read)) {
      problems = read.reason ? problem(M.unreadableBecause, { reason: read.reason }) : problem(M.unreadable);
    } else {
      const text = read.text;
      texts.set(abs, text);
      try {
        const parsed = parseConfig(abs, dirname(abs), text);
        problems = parsed.problems;
        if (parsed.config) {
          const io = {
            readFile: (p: string) => {
              const t = readConfigFile(p);
              if (!('text' in t)) return undefined;
              texts.set(p, t.text);
              return t.text;
            },
            workspaceRoot: root,
            realPath,
          };
          const result = resolveConfig(parsed.config, io);
          problems = [...parsed.problems, ...result.problems];
          resolved = parsed.problems.some((p) => !p.warning) ? undefined : result.resolved;
        }
      } catch (e) {
        // A bug of the checker on a hostile file is reported on it; the last good configuration stays.
        problems = problem(M.checkFailed, { error: describeError(e, 'brief') });
        resolved = undefined;
      }
    }
    const inForce = resolved ?? previous?.resolved;
    const state: ConfigState = {
      path: abs,
      problems,
      texts,
      ...(inForce ? { resolved: inForce } : {}),
      service:
        inForce === previous?.resolved && previous
          ? previous.service
          : inForce
            ? createScriptService({ phrasebook: inForce.phrasebook, docsUrl: this.docsUrl })
            : this.builtin,
    };
    this.states.set(abs, state);
    return state;
  }

  get(path: string): ConfigState {
    return this.states.get(resolve(path)) ?? this.load(path);
  }

  /** Forgets a configuration (deleted file): scripts below fall back to the next one up. */
  forget(path: string): void {
    this.states.delete(resolve(path));
  }

  /** Every loaded configuration. */
  all(): ConfigState[] {
    return [...this.states.values()];
  }

  /** Whether `path` is a configuration or a phrasebook file one of them reads. */
  isConfigInput(path: string): boolean {
    const abs = resolve(path);
    return [...this.states.values()].some((s) => s.path === abs || (s.resolved?.files.includes(abs) ?? false));
  }

  /** The service and settings for a script, from its nearest configuration. */
  forScript(
    scriptPath: string,
    base: CheckSettings,
    configPath?: string,
  ): { service: ScriptService; settings: CheckSettings; config?: ConfigState } {
    if (configPath !== undefined) this.named.add(resolve(configPath));
    const path = configPath ?? this.find(scriptPath, this.workspaceRoot);
    if (!path) return { service: this.builtin, settings: base };
    const state = this.get(path);
    const settings = state.resolved ? settingsForFile(state.resolved, resolve(scriptPath), base) : base;
    return { service: state.service, settings, config: state };
  }
}

export { isInside };
