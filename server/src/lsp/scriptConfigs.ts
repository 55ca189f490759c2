import { basename, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { CONFIG_NAMES, ConfigStore } from '../files/configStore';
import {
  configDiagnostics,
  isInside,
  settingsForConfigFile,
  type CheckSettings,
  type Locale,
  type ScriptService,
} from '../service';
import type { SettingsCache } from './documentSettings';
import { uriToPath } from './workspaceFiles';

export const CONFIG_GLOB = '**/.huashu.{yaml,yml}';
/** Team phrasebook files can be any YAML file a configuration names. */
export const PHRASEBOOK_GLOB = '**/*.{yaml,yml}';

/** How one script is checked: the service of its team configuration, and the merged settings. */
export interface ScriptTarget {
  /** `huashu.enable` of the resource. */
  enable: boolean;
  service: ScriptService;
  settings: CheckSettings;
}

/**
 * The team configurations (`.huashu.yaml`, nearest wins, as in the CLI) of the workspace.
 * The team's `.huashu.yaml` wins over the editor's `huashu.rules`, so the editor agrees with CI.
 */
export interface ScriptConfigs {
  setFolders(folders: readonly string[]): void;
  /** The script at `uri` with its configuration's service and settings. */
  target(uri: string): Promise<ScriptTarget>;
  /** Whether a change to `path` concerns a configuration: a `.huashu.yaml` or a phrasebook one reads. */
  concerns(path: string): boolean;
  /** Re-reads the configurations a changed (or deleted) file belongs to. */
  reload(path: string, deleted: boolean): void;
  /** Increases whenever a configuration was loaded or reloaded. */
  version(): number;
  /** The problems of every loaded configuration, by file path. */
  problems(): Map<string, Diagnostic[]>;
}

export function createScriptConfigs(
  settings: SettingsCache,
  locale: Locale,
  docsUrl: string,
  builtin: ScriptService,
): ScriptConfigs {
  /** One store per workspace folder (reads stay inside it), and one for files outside them. */
  const stores = new Map<string, ConfigStore>();
  let folders: string[] = [];
  let loads = 0;
  let seen = new Set<unknown>();
  /** The editor's rule levels where each configuration is, for the level of its own problems. */
  const editorRules = new Map<string, CheckSettings['rules']>();

  function storeFor(path: string): ConfigStore {
    const root = folders.filter((f) => isInside(f, path)).sort((a, b) => b.length - a.length)[0] ?? '';
    let store = stores.get(root);
    if (!store) stores.set(root, (store = new ConfigStore(docsUrl, root || undefined)));
    return store;
  }

  /** Counts configurations loaded since the last look, so their problems get published. */
  function noteLoads(): void {
    const states = [...stores.values()].flatMap((s) => s.all());
    if (states.some((s) => !seen.has(s))) loads++;
    seen = new Set(states);
  }

  return {
    setFolders(newFolders) {
      folders = newFolders.map((f) => resolve(f));
      stores.clear();
      seen = new Set();
      loads++;
    },
    async target(uri) {
      const editor = await settings.get(uri);
      const path = uriToPath(uri);
      const base = { locale: editor.check.locale, rules: editor.check.rules };
      const found = path === undefined ? undefined : storeFor(path).forScript(path, base);
      if (found) noteLoads();
      if (found?.config && editorRules.get(found.config.path)?.config !== base.rules.config) {
        editorRules.set(found.config.path, base.rules);
        loads++;
      }
      return { enable: editor.enable, service: found?.service ?? builtin, settings: found?.settings ?? base };
    },
    concerns(path) {
      return CONFIG_NAMES.includes(basename(path)) || [...stores.values()].some((s) => s.isConfigInput(path));
    },
    reload(path, deleted) {
      const abs = resolve(path);
      for (const store of stores.values()) {
        for (const state of store.all()) {
          if (state.path === abs && deleted) store.forget(abs);
          else if (state.path === abs || state.resolved?.files.includes(abs)) store.load(state.path);
        }
      }
      noteLoads();
      loads++;
    },
    version: () => loads,
    problems() {
      const byFile = new Map<string, Diagnostic[]>();
      for (const store of stores.values()) {
        for (const state of store.all()) {
          const levels = settingsForConfigFile(state.resolved, { locale, rules: editorRules.get(state.path) ?? {} });
          for (const [file, diagnostics] of configDiagnostics(state.problems, state.texts, levels, docsUrl)) {
            byFile.set(file, [...(byFile.get(file) ?? []), ...diagnostics]);
          }
        }
      }
      return byFile;
    },
  };
}
