import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { guarded } from './guard';
import { CONFIG_GLOB, PHRASEBOOK_GLOB } from './scriptConfigs';
import type { ServerContext } from './serverContext';
import { uriToPath } from './workspaceFiles';

const SCRIPT_GLOB = '**/*.script.{yaml,yml}';

export function folderPaths(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
}

/** On `initialized`: scans the workspace folders, registers for settings and watched files, follows folder changes. */
export function registerWorkspaceScan(ctx: ServerContext): void {
  const { connection, support, workspace, locale } = ctx;
  connection.onInitialized(
    guarded(connection, locale, 'initialized', undefined, async () => {
      // Started first, so that a workspace/diagnostic request right after waits for it.
      const scan = workspace.scan(ctx.initialFolders);
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
