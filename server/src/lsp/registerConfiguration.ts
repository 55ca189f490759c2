import { guarded, logFailure } from './guard';
import type { ServerContext } from './serverContext';
import { createWatchedFiles } from './watchedFiles';
import { uriToPath } from './workspaceFiles';

/** Files re-read at the same time while handling watched-file events. */
const CONCURRENT_UPDATES = 8;

/** Settings pushed by the client, and watched files: scripts, configurations and phrasebooks changed on disk. */
export function registerConfiguration(ctx: ServerContext): void {
  const { connection, settings, configs, workspace, recheck, locale } = ctx;

  connection.onDidChangeConfiguration(
    guarded(connection, locale, 'workspace/didChangeConfiguration', undefined, async (params) => {
      const section = (params.settings as Record<string, unknown> | null | undefined)?.huashu;
      settings.reset(section);
      await recheck.request();
    }),
  );

  const watched = createWatchedFiles(
    async (changes) => {
      let configChanged = false;
      const updates: string[] = [];
      for (const [uri, { deleted }] of changes) {
        const path = uriToPath(uri);
        if (path === undefined) continue;
        if (configs.concerns(path)) {
          configs.reload(path, deleted);
          configChanged = true;
        } else if (!workspace.covers(path)) {
          continue;
        } else if (deleted) {
          workspace.remove(path);
          settings.forget(uri);
        } else {
          updates.push(path);
        }
      }
      // A few reads at a time: files are read concurrently, without a promise per event.
      const next = () => updates.pop();
      await Promise.all(
        Array.from({ length: CONCURRENT_UPDATES }, async () => {
          for (let path = next(); path !== undefined; path = next()) await workspace.update(path);
        }),
      );
      if (configChanged) await recheck.request();
    },
    (error) => logFailure(connection, locale, 'workspace/didChangeWatchedFiles', error),
  );
  connection.onDidChangeWatchedFiles((params) => watched.add(params.changes));
}
