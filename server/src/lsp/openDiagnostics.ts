import type {
  CancellationToken,
  Connection,
  Diagnostic,
  DocumentDiagnosticReport,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose } from './diagnose';
import { isScriptDocument, type ParsedDocuments } from './parsedDocuments';
import type { ScriptTarget } from './scriptConfigs';
import { createValidationScheduler } from './validationScheduler';

export interface OpenDiagnosticsOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  parsed: ParsedDocuments;
  target(uri: string): Promise<ScriptTarget>;
  /** Called after each push, e.g. to publish problems of configurations loaded meanwhile. */
  afterPublish(): void;
  /** Logs a failed validation; validation runs outside any request. */
  onError(error: unknown): void;
}

/** Diagnostics of the documents open in the editor: pushed as they change, or pulled. */
export interface OpenDiagnostics {
  /** Pushes the document's diagnostics once the current burst of edits is handled. */
  schedule(uri: string): void;
  cancel(uri: string): void;
  /** Settings changed: results computed before are out of date. */
  invalidate(): void;
  /** The `textDocument/diagnostic` report; unchanged when the result id still holds. */
  report(
    uri: string,
    previousResultId: string | undefined,
    token: CancellationToken,
  ): Promise<DocumentDiagnosticReport>;
}

export function createOpenDiagnostics(options: OpenDiagnosticsOptions): OpenDiagnostics {
  const { connection, documents, parsed } = options;
  let generation = 0;
  /** A serial per parse of a document: a result id names the text it was computed for, not only its version. */
  const serials = new WeakMap<object, number>();
  let serial = 0;
  const resultId = (input: object) => {
    let n = serials.get(input);
    if (n === undefined) serials.set(input, (n = ++serial));
    return `open:${generation}:${n}`;
  };

  /** The diagnostics of the document's version current once its settings and configuration are known. */
  async function compute(
    uri: string,
  ): Promise<{ version: number; resultId: string; diagnostics: Diagnostic[] } | undefined> {
    const target = await options.target(uri);
    const document = documents.get(uri);
    const input = document && parsed.get(document);
    if (!document || !input) return undefined;
    return { version: document.version, resultId: resultId(input), diagnostics: diagnose(target, input) };
  }

  async function publish(uri: string): Promise<void> {
    const scheduled = documents.get(uri);
    // Parsed once settings are known: a parse made before the wait could be evicted meanwhile.
    if (!scheduled || !isScriptDocument(scheduled)) return;
    const result = await compute(uri);
    // An edit while the settings were fetched scheduled its own run; a closed document was cleared.
    if (result && result.version === scheduled.version) {
      await connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
    }
    options.afterPublish();
  }

  const scheduler = createValidationScheduler(
    (uri) => documents.get(uri)?.version,
    (uri) => publish(uri).catch(options.onError),
  );

  return {
    schedule: scheduler.schedule,
    cancel: scheduler.cancel,
    invalidate() {
      generation++;
    },
    async report(uri, previousResultId, token) {
      const document = documents.get(uri);
      if (!document || token.isCancellationRequested) return { kind: 'full', items: [] };
      const current = parsed.get(document);
      if (current && previousResultId === resultId(current)) return { kind: 'unchanged', resultId: previousResultId };
      const result = await compute(uri);
      if (!result) return { kind: 'full', items: [] };
      return { kind: 'full', resultId: result.resultId, items: result.diagnostics };
    },
  };
}
