import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import {
  isInside,
  parseBaseline,
  splitByBaseline,
  type BaselineEntry,
  type ScriptModel,
  type ScriptService,
} from '../service';
import { DEFAULT_BASELINE_SETTINGS, type BaselineSettings } from './baselineSettings';
import type { SettingsCache } from './documentSettings';
import type { ScriptConfigs } from './scriptConfigs';
import { uriToPath } from './workspaceFiles';

/** A baseline file's entries by script path (relative to the file's folder), read again when the file changes. */
function baselineReader(): (path: string) => Map<string, BaselineEntry[]> {
  const cache = new Map<string, { stamp: string; byFile: Map<string, BaselineEntry[]> }>();
  return (path) => {
    let stamp: string;
    try {
      const s = statSync(path);
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch {
      cache.delete(path);
      return new Map();
    }
    const cached = cache.get(path);
    if (cached?.stamp === stamp) return cached.byFile;
    const byFile = new Map<string, BaselineEntry[]>();
    try {
      const parsed = parseBaseline(readFileSync(path, 'utf8'));
      if ('findings' in parsed) for (const e of parsed.findings) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    } catch {
      // An unreadable baseline accepts nothing: every finding shows.
    }
    cache.set(path, { stamp, byFile });
    return byFile;
  };
}

/** The diagnostics with the baseline's accepted findings as hints (`hint`) or left out (`hide`). */
export function baselined(
  text: string,
  diagnostics: Diagnostic[],
  entries: readonly BaselineEntry[],
  mode: BaselineSettings['mode'],
): Diagnostic[] {
  if (entries.length === 0) return diagnostics;
  const split = splitByBaseline(text, diagnostics, entries);
  if (mode === 'hide') return split.fresh;
  const accepted = new Set(split.baselined);
  return diagnostics.map((d) =>
    accepted.has(d) ? { ...d, severity: DiagnosticSeverity.Hint, source: 'huashu baseline' } : d,
  );
}

/**
 * The configurations, with each script's service honouring the team's baseline: the file
 * `huashu.baseline.file` of the workspace folder holding the script, as the CLI's
 * `--baseline` does.
 */
export function withBaseline(configs: ScriptConfigs, settings: SettingsCache): ScriptConfigs {
  let folders: string[] = [];
  const read = baselineReader();
  return {
    ...configs,
    setFolders(newFolders) {
      folders = newFolders.map((f) => resolve(f));
      configs.setFolders(newFolders);
    },
    async target(uri) {
      const target = await configs.target(uri);
      const path = uriToPath(uri);
      const root =
        path === undefined
          ? undefined
          : folders.filter((f) => isInside(f, path)).sort((a, b) => b.length - a.length)[0];
      if (!target.enable || path === undefined || root === undefined) return target;
      const baseline = (await settings.get(uri)).baseline ?? DEFAULT_BASELINE_SETTINGS;
      const file = resolve(root, baseline.file);
      const entries = read(file).get(relative(resolve(file, '..'), path).split(sep).join('/')) ?? [];
      if (entries.length === 0) return target;
      const textOf = (input: string | ScriptModel) => (typeof input === 'string' ? input : input.text);
      const service: ScriptService = {
        ...target.service,
        validate: (input, s) => baselined(textOf(input), target.service.validate(input, s), entries, baseline.mode),
      };
      return { ...target, service };
    },
  };
}
