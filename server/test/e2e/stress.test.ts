/**
 * Stress, end to end: the built server (dist/server.js) over stdio under a storm of edits,
 * a thousand documents opened and closed, requests for documents it does not have, and
 * cancelled requests. Every wait is on an event with a timeout that fails the test.
 * Correctness only: the time and memory this takes are figures of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../bench/generate';
import { storm, type Edit } from '../../../bench/storm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource,
  LSPErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type CompletionItem,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { createScriptService, settingsFrom } from '../../src/service';
import { buildIfStale, ROOT, sent, TestClient, within } from './lspClient';

const service = createScriptService({ docsUrl: pathToFileURL(join(ROOT, 'docs', 'rules.md')).href });
/** What the server uses for a client that sends `locale: 'en'` and an empty `huashu` section. */
const en = settingsFrom({ locale: 'en' });
const sample = (name: string) => readFileSync(join(ROOT, 'samples', name), 'utf8');

const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true },
  textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
};

const essentials = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message }));

let client: TestClient;

beforeAll(async () => {
  buildIfStale();
  client = new TestClient({ capabilities: CAPABILITIES, locale: 'en' });
  await client.initialize();
});

afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
});

/** No handler failed and nothing escaped the handlers: a swallowed exception is a failure too. */
function expectNoFailureLogged(): void {
  expect(client.logs.filter((l) => /failed \(the server keeps running\)|Uncaught exception/.test(l.message))).toEqual(
    [],
  );
}

describe('a storm of 10,000 incremental edits', () => {
  it('ends with the diagnostics of a fresh check of the final text', async () => {
    const uri = 'untitled:storm.script.yaml';
    const start = sample('complaint.script.yaml');
    const random = rng(20260101);
    const doc = TextDocument.create(uri, 'huashu', 1, start);
    await client.open(uri, start, 1);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    expect(first.diagnostics).toEqual(service.validate(start, en));

    const edits: Edit[] = [];
    const answers: Promise<unknown>[] = [];
    const spotChecks: {
      version: number;
      position: Position;
      expected: CompletionItem[];
      got: CompletionItem[] | null;
    }[] = [];
    const randomPosition = (): Position => doc.positionAt(Math.floor(random() * (doc.getText().length + 1)));
    let beforeGarbage = '';
    let i = 0;
    for (const edit of storm(doc, random)) {
      i++;
      edits.push(edit);
      void client.notify('textDocument/didChange', { textDocument: { uri, version: i + 1 }, contentChanges: [edit] });
      if (i === 4000) beforeGarbage = doc.getText();
      if (i === 7000) expect(doc.getText()).toBe(beforeGarbage);
      if (i % 50 === 0) {
        const textDocument = { uri };
        answers.push(
          client.connection.sendRequest('textDocument/completion', { textDocument, position: randomPosition() }),
        );
        answers.push(client.connection.sendRequest('textDocument/hover', { textDocument, position: randomPosition() }));
      }
      if (i % 1000 === 0) {
        // Awaited: the server has every edit so far, so its answer must be the service's on this text.
        const position = randomPosition();
        const got = await within(
          client.connection.sendRequest<CompletionItem[] | null>('textDocument/completion', {
            textDocument: { uri },
            position,
          }),
          `completion after edit ${i}`,
          30_000,
        );
        spotChecks.push({ version: i + 1, position, expected: service.complete(doc.getText(), position, en), got });
      }
    }
    const finalVersion = 10_001;
    const finalText = doc.getText();
    // Answered in order after every edit: all edits are applied once this returns.
    await within(
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
      'the last edit to be handled',
      30_000,
    );
    const last = await client.diagnostics(uri, (p) => p.version === finalVersion, 'diagnostics of the final version');

    expect(essentials(last.diagnostics)).toEqual(essentials(service.validate(finalText, en)));
    expect(last.diagnostics).toEqual(service.validate(finalText, en));
    const settled = await Promise.allSettled(answers);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(answers).toHaveLength(400);
    for (const check of spotChecks)
      expect({ version: check.version, items: check.got }).toEqual({
        version: check.version,
        items: sent(check.expected),
      });
    expect(spotChecks).toHaveLength(10);

    // Every push during the storm was right for the version it named.
    const pushed = client.published.filter((p) => p.uri === uri && p.version !== undefined);
    const versions = pushed.map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const byVersion = new Map(pushed.map((p) => [p.version!, p.diagnostics]));
    let replay = TextDocument.create(uri, 'huashu', 1, start);
    edits.forEach((edit, i) => {
      replay = TextDocument.update(replay, [edit], i + 2);
      const diagnostics = byVersion.get(i + 2);
      if (diagnostics)
        expect(essentials(diagnostics), `version ${i + 2}`).toEqual(essentials(service.validate(replay.getText(), en)));
    });
    expect(replay.getText()).toBe(finalText);
    // The storm reached the rules, not only the YAML parser. (A long check waits for the edits to
    // pause, 50 ms at most: a storm sent at once may be checked only a few times on its way.)
    const flagged = pushed.filter((p) => p.diagnostics.some((d) => d.code === 'forbidden-phrase')).length;
    expect(flagged).toBeGreaterThan(0);
    expect(last.diagnostics.map((d) => d.code)).toContain('forbidden-phrase');

    expectNoFailureLogged();
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  }, 60_000);
});

describe('1,000 documents opened and closed', () => {
  it('clears the diagnostics of every closed document and keeps serving', async () => {
    const text = 'script: 测试\ngreeting: 您好，真烦人\nclosing: 再见\n';
    const expected = service.validate(text, en);
    expect(expected.length).toBeGreaterThan(0);
    // untitled: buffers and file: paths that are not on disk, in batches of 100.
    const uriOf = (i: number) =>
      i % 2 ? `untitled:Untitled-${i}.script.yaml` : `file:///nonexistent/huashu-stress/doc-${i}.script.yaml`;
    for (let batch = 0; batch < 10; batch++) {
      const uris = Array.from({ length: 100 }, (_, j) => uriOf(batch * 100 + j));
      for (const uri of uris) void client.open(uri, text, 1);
      const opened = await within(
        Promise.all(uris.map((uri) => client.diagnostics(uri, (p) => p.version === 1))),
        `batch ${batch} opened`,
        30_000,
      );
      for (const p of opened) expect(p.diagnostics).toEqual(expected);
      for (const uri of uris) void client.notify('textDocument/didClose', { textDocument: { uri } });
      await within(
        Promise.all(
          uris.map((uri) => client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined)),
        ),
        `batch ${batch} cleared`,
        30_000,
      );
    }
    // Opened and closed at once: a validation still pending must not publish after the clear.
    const quick = Array.from({ length: 100 }, (_, i) => `untitled:Quick-${i}.script.yaml`);
    for (const uri of quick) {
      void client.open(uri, text, 1);
      void client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    await within(
      client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: quick[99] },
        position: { line: 0, character: 0 },
      }),
      'a request after the quick opens',
    );
    await within(
      Promise.all(quick.map((uri) => client.diagnostics(uri, (p) => p.diagnostics.length === 0))),
      'the quick documents cleared',
      30_000,
    );

    // Still serving: a new document is checked and answers requests as the service does.
    const alive = 'untitled:alive.script.yaml';
    await client.open(alive, sample('hotline.script.yaml'), 1);
    expect((await client.diagnostics(alive, (p) => p.version === 1)).diagnostics).toEqual(
      service.validate(sample('hotline.script.yaml'), en),
    );
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: alive } })).toEqual(
      service.symbols(sample('hotline.script.yaml'), en),
    );
    // Whatever was published last for each of the 1,100 documents is empty.
    for (let i = 0; i < 1000; i++) expect(client.latest.get(uriOf(i))?.diagnostics).toEqual([]);
    for (const uri of quick) expect(client.latest.get(uri)?.diagnostics).toEqual([]);

    expectNoFailureLogged();
    await client.notify('textDocument/didClose', { textDocument: { uri: alive } });
  }, 60_000);
});

describe('requests and notifications for documents the server does not have', () => {
  const position = { line: 0, character: 0 };
  const requests = (uri: string): [string, unknown, unknown][] => {
    const textDocument = { uri };
    return [
      ['textDocument/completion', { textDocument, position }, []],
      ['textDocument/hover', { textDocument, position }, null],
      [
        'textDocument/codeAction',
        { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } },
        [],
      ],
      ['textDocument/documentSymbol', { textDocument }, []],
      ['textDocument/foldingRange', { textDocument }, []],
      ['textDocument/definition', { textDocument, position }, null],
      ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }, []],
      ['textDocument/diagnostic', { textDocument }, { kind: 'full', items: [] }],
    ];
  };

  it('answers empty, without an error, for a closed document and odd URIs; ignores stray notifications', async () => {
    const closed = 'untitled:closed.script.yaml';
    const text = sample('all-rules.script.yaml');
    await client.open(closed, text, 1);
    await client.diagnostics(closed, (p) => p.version === 1);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: closed } })).toEqual(
      service.symbols(text, en),
    );
    await client.notify('textDocument/didClose', { textDocument: { uri: closed } });
    const stray = 'file:///nonexistent/never-opened.script.yaml';
    // Changes and closes of documents never opened (or already closed), twice over.
    await client.notify('textDocument/didChange', {
      textDocument: { uri: stray, version: 2 },
      contentChanges: [{ range: { start: position, end: position }, text: '真烦人' }],
    });
    await client.notify('textDocument/didChange', {
      textDocument: { uri: closed, version: 2 },
      contentChanges: [{ text: 'greeting: 真烦人\n' }],
    });
    await client.notify('textDocument/didClose', { textDocument: { uri: stray } });
    await client.notify('textDocument/didClose', { textDocument: { uri: closed } });

    const odd = [
      closed,
      stray,
      'untitled:',
      'file:///%zz/bad-escape.script.yaml',
      'file:///nonexistent/notes.txt',
      'huashu-virtual://x/y.script.yaml',
    ];
    for (const uri of odd) {
      for (const [method, params, empty] of requests(uri)) {
        expect(await client.request(method, params), `${method} on ${uri}`).toEqual(empty);
      }
    }
    expect(client.published.some((p) => p.uri === stray)).toBe(false);
    expect(client.latest.get(closed)?.diagnostics).toEqual([]);
    expectNoFailureLogged();
    expect(client.process.exitCode).toBeNull();
  });
});

describe('cancellation', () => {
  it('answers a request cancelled at once (result or RequestCancelled) and keeps working', async () => {
    const uri = 'untitled:cancel.script.yaml';
    const text = sample('all-rules.script.yaml');
    await client.open(uri, text, 1);
    await client.diagnostics(uri, (p) => p.version === 1);
    const textDocument = { uri };
    const position = { line: 1, character: 12 };
    const methods: [string, unknown][] = [
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/foldingRange', { textDocument }],
      [
        'textDocument/codeAction',
        { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } },
      ],
      ['textDocument/diagnostic', { textDocument }],
      ['workspace/diagnostic', { previousResultIds: [] }],
    ];
    for (const [method, params] of methods) {
      const source = new CancellationTokenSource();
      const answer = client.connection.sendRequest(method, params, source.token);
      source.cancel();
      const outcome = await within(
        answer.then(
          () => 'result',
          (e: unknown) => e,
        ),
        `the cancelled ${method}`,
      );
      if (outcome !== 'result') {
        expect(outcome, method).toBeInstanceOf(ResponseError);
        expect((outcome as ResponseError<unknown>).code, method).toBe(LSPErrorCodes.RequestCancelled);
      }
    }
    // A cancel for a request that was never sent, and one for a request already answered.
    await client.notify('$/cancelRequest', { id: 987_654 });
    await client.notify('$/cancelRequest', { id: 1 });
    expect(await client.request('textDocument/documentSymbol', { textDocument })).toEqual(service.symbols(text, en));
    expect(await client.request('textDocument/completion', { textDocument, position })).toEqual(
      sent(service.complete(text, position, en)),
    );
    expectNoFailureLogged();
    await client.notify('textDocument/didClose', { textDocument });
  });
});
