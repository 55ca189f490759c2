import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  baselineEntries,
  baselineFindings,
  baselineMessages,
  parseBaseline,
  serializeBaseline,
  splitByBaseline,
  type BaselineEntry,
  type Message,
} from '../service';
import { describeError } from '../files/describeError';
import type { FileResult } from './formatters';
import { cliMessages as M } from './messages';

/** A checked script: its result and the text it was checked in. */
export interface Checked {
  result: FileResult;
  text: string;
}

export type Problem = { problem: Message; args: Record<string, string> };

/** A script's path as the baseline names it: relative to the baseline file's folder, with `/`. */
const baselinePath = (baseline: string, file: string) =>
  relative(dirname(resolve(baseline)), resolve(file))
    .split(sep)
    .join('/');

/** The entries of the baseline file at `path`; with `missingOk`, none when there is no file. */
export function readBaseline(path: string, missingOk: boolean): BaselineEntry[] | Problem {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    if (missingOk && (e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    return { problem: M.baselineUnreadable, args: { path, reason: describeError(e, 'brief') } };
  }
  const parsed = parseBaseline(json);
  if ('problem' in parsed)
    return { problem: baselineMessages[parsed.problem], args: { path, reason: parsed.reason ?? '' } };
  return parsed.findings;
}

/**
 * Leaves in each result only the findings the baseline does not accept. Returns how many it
 * accepted, and how many of its entries are stale: no longer found in a checked file, or
 * naming a file that is gone.
 */
export function applyBaseline(
  path: string,
  entries: readonly BaselineEntry[],
  checked: readonly Checked[],
): { baselined: number; stale: number } {
  const byFile = new Map<string, BaselineEntry[]>();
  for (const e of entries) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  let baselined = 0;
  let stale = 0;
  for (const { result, text } of checked) {
    const file = baselinePath(path, result.file);
    const split = splitByBaseline(text, result.diagnostics, byFile.get(file) ?? []);
    byFile.delete(file);
    result.diagnostics = split.fresh;
    result.baselined = split.baselined;
    baselined += split.baselined.length;
    stale += split.stale;
  }
  const root = dirname(resolve(path));
  for (const [file, rest] of byFile) {
    if (!existsSync(resolve(root, file))) stale += rest.reduce((n, e) => n + e.count, 0);
  }
  return { baselined, stale };
}

/**
 * Writes the baseline of the checked scripts' findings to `path`. The entries of scripts not
 * checked this time are kept while the script exists; those of a checked script are replaced,
 * so a finding that is gone is dropped.
 */
export function writeBaseline(
  path: string,
  previous: readonly BaselineEntry[],
  checked: readonly Checked[],
): { findings: number; files: number } {
  const root = dirname(resolve(path));
  const checkedFiles = new Set(checked.map((c) => baselinePath(path, c.result.file)));
  const kept = previous.filter((e) => !checkedFiles.has(e.file) && existsSync(resolve(root, e.file)));
  const fresh = checked.flatMap(({ result, text }) =>
    baselineEntries(baselinePath(path, result.file), baselineFindings(text, result.diagnostics)),
  );
  const all = [...kept, ...fresh];
  writeFileSync(path, serializeBaseline(all));
  return { findings: all.reduce((n, e) => n + e.count, 0), files: new Set(all.map((e) => e.file)).size };
}
