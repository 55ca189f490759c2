import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createOpenDiagnostics } from '../../src/lsp/openDiagnostics';
import { createParsedDocuments, type ParsedDocuments } from '../../src/lsp/parsedDocuments';
import { createRequestGate } from '../../src/lsp/requestGate';
import { createScriptService, DEFAULT_SETTINGS, type ScriptService } from '../../src/service';

const URI = 'file:///w/a.script.yaml';
const TEXT = 'script: x\ngreeting: 您好，真烦人\nclosing: 再见\n';

/** Lets the event loop run `count` turns. */
async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A request handler that answers when told to. */
function pendingRequest(): { answer(): void; fail(): void; handler: () => Promise<void> } {
  let answer = () => {};
  let fail = () => {};
  const handler = () =>
    new Promise<void>((resolve, reject) => {
      answer = resolve;
      fail = () => reject(new Error('failed'));
    });
  return { answer: () => answer(), fail: () => fail(), handler };
}

/** Open diagnostics over a document (and others), recording what is validated and published, in order. */
function setup(
  wrapParsed: (inner: ParsedDocuments) => ParsedDocuments = (inner) => inner,
  others: string[] = [],
  /** How long each check keeps the server busy. */
  checkMs = 0,
) {
  const document = TextDocument.create(URI, 'huashu', 1, TEXT);
  const all = new Map(
    [URI, ...others].map((uri) => [uri, uri === URI ? document : TextDocument.create(uri, 'huashu', 1, TEXT)]),
  );
  const events: string[] = [];
  const real = createScriptService();
  const service: ScriptService = {
    ...real,
    validate: (input, settings) => {
      events.push('validate');
      for (const start = performance.now(); performance.now() - start < checkMs;);
      return real.validate(input, settings);
    },
  };
  const requests = createRequestGate();
  const connection = {
    sendDiagnostics: async (p: { version?: number }) => void events.push(`publish ${p.version}`),
  } as unknown as Connection;
  const open = createOpenDiagnostics({
    connection,
    documents: { get: (uri: string) => all.get(uri) } as TextDocuments<TextDocument>,
    parsed: wrapParsed(createParsedDocuments()),
    target: async () => ({ enable: true, service, settings: DEFAULT_SETTINGS }),
    requests,
    afterPublish: () => {},
    onError: (error) => events.push(`error ${String(error)}`),
  });
  return { document, events, requests, open };
}

const token: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

describe('requests first', () => {
  it('a pending validation waits while a request is being handled', async () => {
    const { events, requests, open } = setup();
    const request = pendingRequest();
    const handled = requests
      .track(request.handler)()
      .then(() => events.push('answered'));
    open.schedule(URI);
    await turns(20);
    expect(events).toEqual([]);
    request.answer();
    await handled;
    await turns(20);
    expect(events).toEqual(['answered', 'validate', 'publish 1']);
  });

  it('a request that arrives while the document is parsed is answered before the check', async () => {
    const request = pendingRequest();
    let answered = false;
    const { events, requests, open } = setup((inner) => ({
      ...inner,
      get(document) {
        // The editor's completion comes in while the validation parses.
        if (!answered && events.length === 0) {
          events.push('parse');
          void requests
            .track(request.handler)()
            .then(() => events.push('answered'));
          answered = true;
        }
        return inner.get(document);
      },
    }));
    open.schedule(URI);
    await turns(20);
    expect(events).toEqual(['parse']);
    request.answer();
    await turns(20);
    expect(events).toEqual(['parse', 'answered', 'validate', 'publish 1']);
  });

  it('validates one document at a time: a burst across documents never holds a parse of each', async () => {
    const others = ['file:///w/b.script.yaml', 'file:///w/c.script.yaml'];
    const seen = new Set<unknown>();
    /** The most parses made and not yet checked at any moment. */
    let most = 0;
    const { events, open } = setup(
      (inner) => ({
        ...inner,
        get(document) {
          const parsed = inner.get(document);
          if (parsed && !seen.has(parsed)) {
            seen.add(parsed);
            most = Math.max(most, seen.size - events.filter((e) => e === 'validate').length);
          }
          return parsed;
        },
      }),
      others,
    );
    for (const uri of [URI, ...others]) open.schedule(uri);
    await turns(60);
    expect(events).toEqual(['validate', 'publish 1', 'validate', 'publish 1', 'validate', 'publish 1']);
    expect(most).toBe(1);
  });

  it('a long check waits until the document has been quiet as long: a completion asked just after an edit goes first', async () => {
    const { document, events, requests, open } = setup(undefined, [], 45);
    open.schedule(URI);
    await turns(20);
    expect(events).toEqual(['validate', 'publish 1']);
    TextDocument.update(document, [{ text: TEXT.replace('再见', '再见！') }], 2);
    open.schedule(URI);
    // As VS Code asks for completion 10 ms after a keystroke.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await requests.track(async () => void events.push('answered'))();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual(['validate', 'publish 1', 'answered', 'validate', 'publish 2']);
  });

  it('a request that fails releases the validations too', async () => {
    const { events, requests, open } = setup();
    const request = pendingRequest();
    const handled = requests
      .track(request.handler)()
      .catch(() => events.push('failed'));
    open.schedule(URI);
    await turns(20);
    request.fail();
    await handled;
    await turns(20);
    expect(events).toEqual(['failed', 'validate', 'publish 1']);
  });

  it('a pulled report also waits for the requests, and is for the text after an edit that came meanwhile', async () => {
    const { document, events, requests, open } = setup();
    const request = pendingRequest();
    void requests
      .track(request.handler)()
      .then(() => events.push('answered'));
    const report = open.report(URI, undefined, token);
    await turns(20);
    expect(events).toEqual([]);
    TextDocument.update(document, [{ text: 'script: x\ngreeting: 您好\nclosing: 再见\n' }], 2);
    request.answer();
    const result = await report;
    expect(events).toEqual(['answered', 'validate']);
    expect(result.kind === 'full' && result.items.map((d) => d.code)).toEqual(['agent-id-placeholder']);
  });
});

describe('the request gate', () => {
  it('holds validations back for a bounded time behind a request that never answers', async () => {
    const requests = createRequestGate(30);
    void requests.track(() => new Promise<void>(() => {}))();
    const started = Date.now();
    await requests.requestsFirst();
    expect(Date.now() - started).toBeGreaterThanOrEqual(29);
  });

  it('lets a validation go at once when no request is being handled', async () => {
    const requests = createRequestGate(10_000);
    const started = Date.now();
    await requests.requestsFirst();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
