import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments,
  type Connection, type InitializeResult, type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageVersion, rulesDocUrl } from '../packageRoot';
import { createScriptService, localize, toLocale, type Locale } from '../service';
import { clientSupport, serverCapabilities, type ClientSupport } from './capabilities';
import { createSettingsCache, type SettingsCache } from './documentSettings';
import { registerFeatures } from './features';
import { describeError, guarded, logFailure } from './guard';
import { serverMessages as M } from './messages';
import { createOpenDiagnostics } from './openDiagnostics';
import { createParsedDocuments } from './parsedDocuments';
import { CONFIG_GLOB, createScriptConfigs, PHRASEBOOK_GLOB, type ScriptConfigs } from './scriptConfigs';
import { uriKey, uriToPath } from './workspaceFiles';
import { createWorkspaceDiagnostics, type WorkspaceDiagnostics } from './workspaceDiagnostics';

const SCRIPT_GLOB = '**/*.script.{yaml,yml}';

function folderPaths(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
}

/**
 * Wires a connection to the Huashu language service: documents, diagnostics (pushed or
 * pulled), the workspace scan and the editor features. Returns the logger for failures
 * outside any handler.
 */
export function startServer(connection: Connection): { logUncaught(error: unknown): void } {
  const documents = new TextDocuments(TextDocument);
  const docsUrl = rulesDocUrl();
  const service = createScriptService({ docsUrl });
  const parsed = createParsedDocuments();
  let locale: Locale = 'en';
  let support: ClientSupport;
  let settings: SettingsCache;
  let configs: ScriptConfigs;
  let workspace: WorkspaceDiagnostics;
  let initialFolders: string[] = [];

  const logError = (request: string) => (error: unknown) => logFailure(connection, locale, request, error);
  const isOpen = (key: string) => documents.all().some((d) => uriKey(d.uri) === key);

  connection.onInitialize((params): InitializeResult => {
    locale = toLocale(params.locale);
    support = clientSupport(params.capabilities);
    settings = createSettingsCache(connection, locale, support.configuration);
    configs = createScriptConfigs(settings, locale, docsUrl, service);
    workspace = createWorkspaceDiagnostics({ connection, settings, configs, locale, push: !support.pullDiagnostics, isOpen });
    initialFolders = folderPaths(
      params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []),
    );
    wire();
    return {
      capabilities: serverCapabilities(support),
      serverInfo: { name: 'huashu-language-server', version: packageVersion() },
    };
  });

  /** Everything that needs the client's capabilities and locale. */
  function wire(): void {
    const push = !support.pullDiagnostics;
    const target = (uri: string) => configs.target(uri);
    const open = createOpenDiagnostics({
      connection, documents, parsed, target,
      afterPublish: () => workspace.publishConfigProblems(),
      onError: logError('diagnostics'),
    });
    registerFeatures({ connection, documents, parsed, target, locale, completionEditRange: support.completionEditRange });

    /** Settings or a configuration changed: every result so far is out of date. */
    async function recheckAll(): Promise<void> {
      open.invalidate();
      if (push) for (const document of documents.all()) open.schedule(document.uri);
      else if (support.refreshDiagnostics) await connection.languages.diagnostics.refresh();
      await workspace.recheck();
    }

    documents.onDidChangeContent((event) => {
      if (push) open.schedule(event.document.uri);
    });
    documents.onDidClose(
      guarded(connection, locale, 'textDocument/didClose', undefined, async (event) => {
        const { uri } = event.document;
        open.cancel(uri);
        parsed.forget(uri);
        settings.forget(uri);
        const path = uriToPath(uri);
        if (path !== undefined && workspace.covers(path)) {
          // The file on disk is checked again: its editor may have held unsaved changes.
          await workspace.update(path, uri);
        } else if (push) {
          await connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      }),
    );

    connection.languages.diagnostics.on(
      guarded(connection, locale, 'textDocument/diagnostic', { kind: 'full', items: [] }, (params, token) =>
        open.report(params.textDocument.uri, params.previousResultId, token),
      ),
    );
    connection.languages.diagnostics.onWorkspace(
      guarded(connection, locale, 'workspace/diagnostic', { items: [] }, async (params, token) => {
        const previous = new Map(params.previousResultIds.map((p) => [uriKey(p.uri), p.value]));
        return { items: await workspace.report(previous, token) };
      }),
    );

    connection.onDidChangeConfiguration(
      guarded(connection, locale, 'workspace/didChangeConfiguration', undefined, async (params) => {
        const section = (params.settings as Record<string, unknown> | null | undefined)?.huashu;
        settings.reset(section);
        await recheckAll();
      }),
    );

    connection.onDidChangeWatchedFiles(
      guarded(connection, locale, 'workspace/didChangeWatchedFiles', undefined, async (params) => {
        const updates: Promise<void>[] = [];
        let configChanged = false;
        for (const change of params.changes) {
          const path = uriToPath(change.uri);
          if (path === undefined) continue;
          if (configs.concerns(path)) {
            configs.reload(path, change.type === FileChangeType.Deleted);
            configChanged = true;
          } else if (!workspace.covers(path)) {
            continue;
          } else if (change.type === FileChangeType.Deleted) {
            workspace.remove(path);
          } else {
            updates.push(workspace.update(path));
          }
        }
        await Promise.all(updates);
        if (configChanged) await recheckAll();
      }),
    );

    connection.onInitialized(
      guarded(connection, locale, 'initialized', undefined, async () => {
        // Started first, so that a workspace/diagnostic request right after waits for it.
        const scan = workspace.scan(initialFolders);
        const registrations: Promise<unknown>[] = [scan];
        if (support.configurationRegistration) {
          registrations.push(connection.client.register(DidChangeConfigurationNotification.type, { section: 'huashu' }));
        }
        if (support.watcherRegistration) {
          registrations.push(
            connection.client.register(DidChangeWatchedFilesNotification.type, {
              watchers: [{ globPattern: SCRIPT_GLOB }, { globPattern: CONFIG_GLOB }, { globPattern: PHRASEBOOK_GLOB }],
            }),
          );
        }
        if (support.workspaceFolders) {
          connection.workspace.onDidChangeWorkspaceFolders(
            guarded(connection, locale, 'workspace/didChangeWorkspaceFolders', undefined, async () => {
              const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
              await workspace.scan(folderPaths(folders));
            }),
          );
        }
        await Promise.all(registrations);
      }),
    );
  }

  documents.listen(connection);
  connection.listen();
  return {
    logUncaught(error) {
      const line = localize(M.uncaught, locale, { error: describeError(error) });
      try {
        connection.console.error(line);
      } catch {
        process.stderr.write(`${line}\n`);
      }
    },
  };
}
