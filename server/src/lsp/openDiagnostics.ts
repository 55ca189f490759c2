import type { CancellationToken, Connection, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose } from './diagnose';
import { isScriptDocument, type ParsedDocument, type ParsedDocuments } from './parsedDocuments';
import type { RequestGate } from './requestGate';
import type { ScriptTarget } from './scriptConfigs';
import { createValidationScheduler } from './validationScheduler';

export interface OpenDiagnosticsOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  parsed: ParsedDocuments;
  target(uri: string): Promise<ScriptTarget>;
  /** Validation waits for the requests being handled: a completion never waits behind a check. */
  requests: Pick<RequestGate, 'requestsFirst'>;
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

  /**
   * A parse of the document made once the requests received so far are answered; then the
   * requests that came during the parse are answered too, on that parse, before the caller
   * checks it. `latest` is false when an edit came meanwhile (its own run is scheduled); the
   * parse is still whole unless a later parse reused its pieces: then it is `stale`. Undefined
   * when the document is closed or is not a script.
   */
  async function parseAfterRequests(
    uri: string,
  ): Promise<{ version: number; input: ParsedDocument; latest: boolean } | 'stale' | undefined> {
    await options.requests.requestsFirst();
    const document = documents.get(uri);
    const first = document && parsed.get(document);
    if (!document || !first) return undefined;
    const { version } = document;
    await options.requests.requestsFirst();
    const current = documents.get(uri);
    if (!current) return undefined;
    if (current.version !== version)
      return parsed.superseded(first) ? 'stale' : { version, input: first, latest: false };
    // The same parse unless a burst of other documents evicted it meanwhile.
    const input = parsed.get(current);
    return input && { version, input, latest: true };
  }

  /** The result id last pushed for each document: a run that finds its parse already pushed does no second check. */
  const pushed = new Map<string, string>();

  /**
   * One validation at a time: a validation holds its parse from the parse to the check, and a
   * burst of edits across many documents must not hold a parse of each of them at once.
   */
  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function publish(uri: string): Promise<void> {
    const scheduled = documents.get(uri);
    if (!scheduled || !isScriptDocument(scheduled)) return;
    // Parsed once settings are known: a parse made before the wait could be evicted meanwhile.
    const target = await options.target(uri);
    await oneAtATime(async () => {
      const parse = await parseAfterRequests(uri);
      if (!parse || parse === 'stale') return;
      const id = resultId(parse.input);
      if (pushed.get(uri) === id) return;
      pushed.set(uri, id);
      await connection.sendDiagnostics({ uri, version: parse.version, diagnostics: diagnose(target, parse.input) });
    });
    options.afterPublish();
  }

  const scheduler = createValidationScheduler(
    (uri) => documents.get(uri)?.version,
    (uri) => publish(uri).catch(options.onError),
  );

  return {
    schedule: scheduler.schedule,
    cancel(uri) {
      scheduler.cancel(uri);
      pushed.delete(uri);
    },
    invalidate() {
      generation++;
    },
    async report(uri, previousResultId, token) {
      const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
      if (!documents.get(uri)) return empty;
      const target = await options.target(uri);
      for (;;) {
        if (token.isCancellationRequested) return empty;
        const report = await oneAtATime(async (): Promise<DocumentDiagnosticReport | undefined> => {
          const parse = await parseAfterRequests(uri);
          // An edit came meanwhile: the report is for the text the editor holds now.
          if (parse === 'stale' || (parse && !parse.latest)) return undefined;
          if (!parse || token.isCancellationRequested) return empty;
          const id = resultId(parse.input);
          if (previousResultId === id) return { kind: 'unchanged', resultId: id };
          return { kind: 'full', resultId: id, items: diagnose(target, parse.input) };
        });
        if (report) return report;
      }
    },
  };
}
