import type { CancellationToken, Connection, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createCheckDeferral } from './checkDeferral';
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
   * The parse of the document's current text, made once the requests received so far are
   * answered; then the requests that came during the parse are answered too, on that parse.
   * An edit that came meanwhile is parsed at once (incrementally): the check that follows is
   * for the text the editor holds, and a burst of edits interleaved with requests still gets
   * checked. Undefined when the document is closed or is not a script.
   */
  async function parseAfterRequests(uri: string): Promise<{ version: number; input: ParsedDocument } | undefined> {
    await options.requests.requestsFirst();
    const document = documents.get(uri);
    if (!document || !parsed.get(document)) return undefined;
    await options.requests.requestsFirst();
    const current = documents.get(uri);
    const input = current && parsed.get(current);
    return input && { version: current.version, input };
  }

  const deferral = createCheckDeferral();
  /** Waits, when the document's check is long, until its edits have paused (see `checkDeferral`). */
  async function quietEnough(uri: string): Promise<void> {
    if (!deferral.defers(uri)) return;
    // Parsed now (incrementally): a request during the wait finds the parse made.
    const document = documents.get(uri);
    if (document) parsed.get(document);
    await deferral.settled(uri, () => documents.get(uri)?.version);
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
    await quietEnough(uri);
    await oneAtATime(async () => {
      const parse = await parseAfterRequests(uri);
      if (!parse) return;
      const id = resultId(parse.input);
      if (pushed.get(uri) === id) return;
      pushed.set(uri, id);
      const diagnostics = deferral.timed(uri, () => diagnose(target, parse.input));
      await connection.sendDiagnostics({ uri, version: parse.version, diagnostics });
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
      deferral.forget(uri);
    },
    invalidate() {
      generation++;
    },
    async report(uri, previousResultId, token) {
      const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
      if (!documents.get(uri)) return empty;
      const target = await options.target(uri);
      if (token.isCancellationRequested) return empty;
      await quietEnough(uri);
      return oneAtATime(async (): Promise<DocumentDiagnosticReport> => {
        const parse = await parseAfterRequests(uri);
        if (!parse || token.isCancellationRequested) return empty;
        const id = resultId(parse.input);
        if (previousResultId === id) return { kind: 'unchanged', resultId: id };
        return { kind: 'full', resultId: id, items: deferral.timed(uri, () => diagnose(target, parse.input)) };
      });
    },
  };
}
