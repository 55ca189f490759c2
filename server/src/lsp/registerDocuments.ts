import { guarded } from './guard';
import type { ServerContext } from './serverContext';
import { uriKey, uriToPath } from './workspaceFiles';

/** Open documents and their diagnostics: pushed as they change, or pulled per document and for the workspace. */
export function registerDocuments(ctx: ServerContext): void {
  const { connection, documents, parsed, settings, workspace, open, push, locale, lifecycle } = ctx;

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
    lifecycle.request(
      guarded(connection, locale, 'textDocument/diagnostic', { kind: 'full', items: [] }, (params, token) =>
        open.report(params.textDocument.uri, params.previousResultId, token),
      ),
    ),
  );
  connection.languages.diagnostics.onWorkspace(
    lifecycle.request(
      guarded(connection, locale, 'workspace/diagnostic', { items: [] }, async (params, token) => {
        const previous = new Map(params.previousResultIds.map((p) => [uriKey(p.uri), p.value]));
        return { items: await workspace.report(previous, token) };
      }),
    ),
  );
}
