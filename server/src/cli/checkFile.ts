import type { CheckSettings, Message, RuleId, RuleLevel } from '../service';
import { withRules } from '../service/settings';
import { describeError } from '../files/describeError';
import type { ConfigState, ConfigStore } from '../files/configStore';
import { readTextFileSync, sizeArgs, type Refusal } from '../files/textFile';
import type { FileResult } from './formatters';
import { cliMessages as M } from './messages';
import { fileSpeaking } from './speaking';

/** What checking one file came to: plain data, so that a worker thread can send it. */
export type Outcome =
  /** The file was not read: a message for standard error. */
  | { problem: Message; args: Record<string, string> }
  /** The checker failed on the file (a bug): the error, described. */
  | { failed: string; config?: string }
  | { result: Omit<FileResult, 'file' | 'text'>; text: string; config?: string };

/** What a run checks every file with. */
export interface CheckOptions {
  settings: CheckSettings;
  /** `--rule` levels, which win over every configuration. */
  rules: ReadonlyMap<RuleId, RuleLevel>;
  /** `--config FILE`. */
  config?: string;
  /** Whether to measure speaking times (`--format json`, `huashu stats`). */
  speaking?: boolean;
}

const REFUSED: Record<Refusal['refused'], Message> = {
  notAFile: M.notAFile,
  tooLarge: M.tooLarge,
  binary: M.binary,
  notUtf8: M.notUtf8,
  unreadable: M.unreadable,
};

/** Reads a script file; a file it cannot read is a problem to report. */
export function readScript(path: string): { text: string } | { problem: Message; args: Record<string, string> } {
  const read = readTextFileSync(path);
  if ('text' in read) return read;
  const args: Record<string, string> = { path };
  if (read.refused === 'tooLarge') Object.assign(args, sizeArgs(read.size, read.limit));
  if (read.refused === 'unreadable') args.reason = read.reason;
  return { problem: REFUSED[read.refused], args };
}

/** Checks one script with the configuration that applies at `file`. */
export function checkText(
  file: string,
  text: string,
  store: ConfigStore,
  options: CheckOptions,
): { outcome: Outcome; config?: ConfigState } {
  const target = store.forScript(file, options.settings, options.config);
  const config = target.config;
  const path = config ? { config: config.path } : {};
  try {
    const model = target.service.parse(text);
    const { diagnostics, suppressed, waivers } = target.service.check(
      model,
      withRules(target.settings, Object.fromEntries(options.rules)),
    );
    const speaking = options.speaking ? { speaking: fileSpeaking(target.service, model, target.settings) } : {};
    return {
      outcome: { result: { diagnostics, suppressed, waivers, ...speaking }, text, ...path },
      ...(config ? { config } : {}),
    };
  } catch (e) {
    // A bug of the checker on one file must not cost the report of all the others.
    return { outcome: { failed: describeError(e, 'brief'), ...path }, ...(config ? { config } : {}) };
  }
}

/** Reads and checks one script file. */
export function checkFile(file: string, store: ConfigStore, options: CheckOptions): Outcome {
  const read = readScript(file);
  return 'problem' in read ? read : checkText(file, read.text, store, options).outcome;
}
