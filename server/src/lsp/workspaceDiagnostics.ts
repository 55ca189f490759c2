import type {
  CancellationToken,
  Connection,
  Diagnostic,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { fileMessages } from '../files/messages';
import { localize, type Locale } from '../service';
import { diagnose } from './diagnose';
import type { SettingsCache } from './documentSettings';
import { serverMessages as M } from './messages';
import type { ScriptConfigs } from './scriptConfigs';
import { readScriptFile } from './scriptText';
import { findScriptFiles, isWorkspaceScript, MAX_WORKSPACE_FILES, pathToUri, uriKey } from './workspaceFiles';

/** The on-disk diagnostics of one workspace file (none kept while it is open in the editor); its text is not kept. */
interface Entry {
  uri: string;
  diagnostics: Diagnostic[];
  resultId: string;
  /** A script, or a configuration (or phrasebook) file with problems. */
  kind: 'script' | 'config';
  /** Gone: reported once with no diagnostics (pull), then dropped. */
  deleted?: boolean;
}

export interface WorkspaceDiagnosticsOptions {
  connection: Connection;
  settings: SettingsCache;
  configs: ScriptConfigs;
  locale: Locale;
  /** Publish with `textDocument/publishDiagnostics`; otherwise the client pulls `report()`. */
  push: boolean;
  /** Whether a file (by `uriKey`) is open in the editor, which then owns its diagnostics. */
  isOpen(key: string): boolean;
}

/** Diagnostics of every script file in the workspace folders, kept current as files change. */
export interface WorkspaceDiagnostics {
  /** Sets the folders and checks every script below them; later calls restart the scan. */
  scan(folders: readonly string[]): Promise<void>;
  /** Re-checks all files (settings or a configuration changed). */
  recheck(): Promise<void>;
  /**
   * Re-reads one file after it was created or changed on disk, or its editor closed
   * (`uri` is the editor's spelling of it). A file no longer on disk is removed.
   */
  update(path: string, uri?: string): Promise<void>;
  remove(path: string): void;
  /** Whether a path belongs to the scan (a script in a workspace folder). */
  covers(path: string): boolean;
  /** Reports the problems of configurations loaded or changed since the last call. */
  publishConfigProblems(): void;
  /** The `workspace/diagnostic` items for files not open, unchanged ones by result id. */
  report(previous: ReadonlyMap<string, string>, token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport[]>;
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createWorkspaceDiagnostics(options: WorkspaceDiagnosticsOptions): WorkspaceDiagnostics {
  const { connection, settings, configs, locale, push } = options;
  const entries = new Map<string, Entry>();
  /** The check in flight of each path; an older check finishing later is dropped. */
  const latest = new Map<string, number>();
  let folders: readonly string[] = [];
  let checks = 0;
  let scans = 0;
  let configVersion = -1;
  let ready: Promise<void> = Promise.resolve();
  const log = (message: (typeof M)[keyof typeof M], args: Record<string, string | number>) =>
    connection.console.info(localize(message, locale, args));

  /** Whether the editor owns the file's diagnostics (an open script; configurations are not synced). */
  const ownedByEditor = (entry: Entry) => entry.kind === 'script' && options.isOpen(uriKey(entry.uri));

  function publish(entry: Entry): void {
    if (push && !ownedByEditor(entry))
      void connection.sendDiagnostics({ uri: entry.uri, diagnostics: entry.diagnostics });
  }

  function remove(path: string): void {
    const entry = entries.get(path);
    latest.delete(path);
    if (!entry) return;
    if (push) {
      entries.delete(path);
      publish({ ...entry, diagnostics: [] });
    } else {
      entries.set(path, { ...entry, diagnostics: [], resultId: `deleted:${++checks}`, deleted: true });
    }
  }

  async function check(path: string, logSkips: boolean, editorUri?: string): Promise<void> {
    const id = ++checks;
    latest.set(path, id);
    try {
      const uri = entries.get(path)?.uri ?? editorUri ?? pathToUri(path);
      const read = await readScriptFile(path, folders);
      if (latest.get(path) !== id) return;
      if ('missing' in read && read.missing) {
        // Nothing is kept for a file that does not exist; only an editor's closed copy is cleared.
        if (entries.has(path)) remove(path);
        else if (push && editorUri !== undefined && !options.isOpen(path))
          void connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const target = await configs.target(uri);
      if (latest.get(path) !== id) return;
      if ('problem' in read && logSkips) {
        log(M.scanSkippedFile, { path, reason: localize(read.problem.message, locale, read.problem.args) });
      }
      // An open file's diagnostics are the editor's; its closing checks the file on disk again.
      const diagnostics = options.isOpen(uriKey(uri)) ? [] : diagnose(target, read);
      const entry: Entry = { uri, kind: 'script', diagnostics, resultId: `disk:${id}` };
      entries.set(path, entry);
      publish(entry);
    } finally {
      if (latest.get(path) === id) latest.delete(path);
    }
  }

  function publishConfigProblems(): void {
    if (configs.version() === configVersion) return;
    configVersion = configs.version();
    const problems = configs.problems();
    for (const [path, entry] of entries) {
      if (entry.kind === 'config' && !entry.deleted && !problems.has(path)) remove(path);
    }
    for (const [path, diagnostics] of problems) {
      const entry: Entry = { uri: pathToUri(path), kind: 'config', diagnostics, resultId: `config:${++checks}` };
      entries.set(path, entry);
      publish(entry);
    }
  }

  async function runScan(scan: number): Promise<void> {
    const started = Date.now();
    const cancelled = () => scan !== scans;
    const found = await findScriptFiles(folders, MAX_WORKSPACE_FILES, cancelled);
    if (cancelled()) return;
    for (const { path, reason } of found.unreadable) log(M.scanFolderFailed, { path, reason });
    for (const path of found.badNames)
      log(M.scanSkippedFile, { path, reason: localize(fileMessages.nameNotUtf8, locale) });
    if (found.overLimit.length > 0) {
      log(M.scanCapped, { limit: MAX_WORKSPACE_FILES, skipped: found.overLimit.length, example: found.overLimit[0]! });
    }
    const keep = new Set(found.files);
    for (const [path, entry] of [...entries]) if (entry.kind === 'script' && !keep.has(path)) remove(path);
    await settings.prefetch(found.files.map((path) => entries.get(path)?.uri ?? pathToUri(path)));
    for (const path of found.files) {
      if (cancelled()) return;
      await check(path, true);
      await yieldToRequests();
    }
    publishConfigProblems();
    log(M.scanDone, { files: found.files.length, ms: Date.now() - started });
  }

  return {
    scan(newFolders) {
      folders = [...newFolders];
      configs.setFolders(folders);
      ready = runScan(++scans);
      return ready;
    },
    recheck() {
      ready = runScan(++scans);
      return ready;
    },
    update: (path, uri) => check(path, false, uri),
    remove,
    covers: (path) => isWorkspaceScript(path, folders),
    publishConfigProblems,
    async report(previous, token) {
      await Promise.race([ready, new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()))]);
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      if (token.isCancellationRequested) return items;
      publishConfigProblems();
      for (const [path, entry] of entries) {
        if (ownedByEditor(entry)) continue;
        if (previous.get(path) === entry.resultId) {
          items.push({ kind: 'unchanged', uri: entry.uri, resultId: entry.resultId, version: null });
        } else {
          items.push({
            kind: 'full',
            uri: entry.uri,
            resultId: entry.resultId,
            version: null,
            items: entry.diagnostics,
          });
        }
        if (entry.deleted) entries.delete(path);
      }
      return items;
    },
  };
}
