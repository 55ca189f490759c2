import type { CancellationToken } from 'vscode-languageserver';
import type { FeatureOptions } from './features';
import { guarded } from './guard';
import { isScriptDocument } from './parsedDocuments';

/**
 * Speaking time in the editor: an inlay hint with the read-aloud time of each agent turn,
 * and code lenses on `script:` with the shortest and longest path of each entry.
 */
export function registerSpeaking(options: FeatureOptions): void {
  const { connection, documents, parsed, locale, lifecycle } = options;

  async function target(uri: string, token: CancellationToken) {
    const opened = documents.get(uri);
    if (!opened || !isScriptDocument(opened)) return undefined;
    const found = await options.target(uri);
    const document = documents.get(uri);
    const input = document && parsed.get(document);
    if (!input || !('model' in input) || token.isCancellationRequested || !found.enable) return undefined;
    return { ...found, model: input.model };
  }

  connection.languages.inlayHint.on(
    lifecycle.request(
      guarded(connection, locale, 'textDocument/inlayHint', [], async (params, token: CancellationToken) => {
        const t = await target(params.textDocument.uri, token);
        return t ? t.service.inlayHints(t.model, params.range, t.settings) : [];
      }),
    ),
  );

  connection.onCodeLens(
    lifecycle.request(
      guarded(connection, locale, 'textDocument/codeLens', [], async (params, token: CancellationToken) => {
        const t = await target(params.textDocument.uri, token);
        return t ? t.service.codeLenses(t.model, t.settings) : [];
      }),
    ),
  );
}
