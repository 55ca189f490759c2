/**
 * Stress, end to end: the built server (dist/server.js) over stdio under a storm of edits,
 * a thousand documents opened and closed, requests for documents it does not have, and
 * cancelled requests. Every wait is on an event with a timeout that fails the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../../bench/generate';
import { TextDocument, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource, LSPErrorCodes, ResponseError,
  type ClientCapabilities, type CompletionItem, type Diagnostic, type Position,
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

/** Text typed anywhere during the storm: script fragments, forbidden phrases, YAML punctuation. */
const PIECES = [
  '真烦人', '我不知道', '真煩人', '急什么', '您好，', '工号{agent_id}', '{agnet_id}', '{brand}', '1023号', '**号', 'XX先生',
  '\n', '\n  - agent: ', '\n  - customer: ', '\n  - id: a\n    agent: ', '    next: a\n', 'greeting: ', 'closing:\n  - ',
  'steps:\n', 'scenarios:\n  x:\n', ': ', '- ', '# ', '"', "'", ' | ', ' > ', '{', '}', '[', ']', '&a ', '*a', '\\', '\t',
  '  ', ' ', '。', '，', '！', '？', 'x', '😀', '\u3000',
];
const CHARS = 'abc:-#"\'|>{} 您好请稍等谢谢烦人知道\n';
/** Text typed inside a value: it keeps the YAML valid, so the rules get to run. */
const WORDS = ['真烦人', '我不知道', '真煩人', '急什么', '您好，', '工号{agent_id}', '{agnet_id}', '{customer}', '1023号', '**号', 'XX先生', '请稍等', '。', '，', '！', 'x', '😀'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function randomText(random: () => number): string {
  let s = '';
  if (random() < 0.3) {
    for (let i = 1 + Math.floor(random() * 5); i > 0; i--) s += pick(random, [...CHARS]);
  } else {
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) s += pick(random, PIECES);
  }
  return s;
}

type Edit = TextDocumentContentChangeEvent & { range: Range };

/** An edit anywhere: an insertion, a deletion or a replacement of random text. */
function randomEdit(doc: TextDocument, random: () => number): Edit {
  const length = doc.getText().length;
  const start = Math.floor(random() * (length + 1));
  const roll = random();
  const remove = length > 8000 ? 0.8 : length < 300 ? 0.05 : 0.3;
  const deleted = roll < remove ? 1 + Math.floor(random() * 12) : roll < remove + 0.15 ? 1 + Math.floor(random() * 4) : 0;
  const text = roll < remove ? '' : randomText(random);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(Math.min(length, start + deleted)) }, text };
}

/** An edit inside the value of a `key: value` or `- value` line, as a writer types a sentence; undefined when there is none. */
function valueEdit(doc: TextDocument, random: () => number): Edit | undefined {
  const text = doc.getText();
  const spans: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const head = /^\s*(?:- )?(?:[a-z_]+: |- )/.exec(line);
    const value = head ? line.slice(head[0].length) : '';
    if (head && value && !/^[|>[{&*!#]/.test(value)) {
      const quote = /^['"]/.test(value) ? line.lastIndexOf(value[0]!) : line.length;
      const from = lineStart + head[0].length + 1;
      if (quote > head[0].length) spans.push([from, lineStart + quote]);
    }
    lineStart += line.length + 1;
  }
  if (spans.length === 0) return undefined;
  const [from, to] = pick(random, spans);
  const at = from + Math.floor(random() * (to - from + 1));
  const remove = text.length > 8000 || (random() < 0.45 && at < to);
  const end = remove ? Math.min(to, at + 1 + Math.floor(random() * 4)) : at;
  return { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: remove ? '' : pick(random, WORDS) };
}

/** Applies `edit` to `doc` (in place) and returns the edit that undoes it. */
function applyUndoable(doc: TextDocument, edit: Edit, version: number): Edit {
  const start = doc.offsetAt(edit.range.start);
  const removed = doc.getText().slice(start, doc.offsetAt(edit.range.end));
  TextDocument.update(doc, [edit], version);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(start + edit.text.length) }, text: removed };
}

/**
 * The storm: a writer typing inside values, with stray keystrokes undone at once (1–4,000 and
 * 7,001–10,000); 1,500 edits of garbage anywhere (4,001–5,500), then all of them undone in reverse.
 * Applies each edit to `doc` (TextDocument.update changes it in place) before yielding it.
 */
function* storm(doc: TextDocument, random: () => number): Generator<Edit, void, void> {
  let undoNext: Edit | undefined;
  const garbage: Edit[] = [];
  for (let i = 1; i <= 10_000; i++) {
    const version = i + 1;
    let edit: Edit;
    if (i > 4000 && i <= 5500) {
      edit = randomEdit(doc, random);
      garbage.push(applyUndoable(doc, edit, version));
    } else if (i > 5500 && i <= 7000) {
      edit = garbage.pop()!;
      TextDocument.update(doc, [edit], version);
    } else if (undoNext) {
      edit = undoNext;
      undoNext = undefined;
      TextDocument.update(doc, [edit], version);
    } else if (random() < 0.1 && i !== 4000) {
      edit = randomEdit(doc, random);
      undoNext = applyUndoable(doc, edit, version);
    } else {
      edit = valueEdit(doc, random) ?? randomEdit(doc, random);
      TextDocument.update(doc, [edit], version);
    }
    yield edit;
  }
}

/** Resident and peak memory of a process, in MB, from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const essentials = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message }));

/** Measured figures, printed at the end for docs/limits.md. */
const figures: Record<string, string> = {};

let client: TestClient;
let pid: number;

beforeAll(async () => {
  buildIfStale();
  client = new TestClient({ capabilities: CAPABILITIES, locale: 'en' });
  pid = client.process.pid!;
  await client.initialize();
});

afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
  console.log(`stress figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
});

/** No handler failed and nothing escaped the handlers: a swallowed exception is a failure too. */
function expectNoFailureLogged(): void {
  expect(client.logs.filter((l) => /failed \(the server keeps running\)|Uncaught exception/.test(l.message))).toEqual([]);
}

describe('a storm of 10,000 incremental edits', () => {
  it('ends with the diagnostics of a fresh check of the final text, in bounded memory', async () => {
    const uri = 'untitled:storm.script.yaml';
    const start = sample('complaint.script.yaml');
    const random = rng(20260101);
    const doc = TextDocument.create(uri, 'huashu', 1, start);
    await client.open(uri, start, 1);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    expect(first.diagnostics).toEqual(service.validate(start, en));
    const before = memoryOf(pid);
    const began = Date.now();

    const edits: Edit[] = [];
    const answers: Promise<unknown>[] = [];
    const spotChecks: { version: number; position: Position; expected: CompletionItem[]; got: CompletionItem[] | null }[] = [];
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
        answers.push(client.connection.sendRequest('textDocument/completion', { textDocument, position: randomPosition() }));
        answers.push(client.connection.sendRequest('textDocument/hover', { textDocument, position: randomPosition() }));
      }
      if (i % 1000 === 0) {
        // Awaited: the server has every edit so far, so its answer must be the service's on this text.
        const position = randomPosition();
        const got = await within(
          client.connection.sendRequest<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position }),
          `completion after edit ${i}`, 30_000,
        );
        spotChecks.push({ version: i + 1, position, expected: service.complete(doc.getText(), position, en), got });
      }
    }
    const finalVersion = 10_001;
    const finalText = doc.getText();
    // Answered in order after every edit: all edits are applied once this returns.
    await within(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), 'the last edit to be handled', 30_000);
    const last = await client.diagnostics(uri, (p) => p.version === finalVersion, 'diagnostics of the final version');
    const elapsed = Date.now() - began;
    const after = memoryOf(pid);

    expect(essentials(last.diagnostics)).toEqual(essentials(service.validate(finalText, en)));
    expect(last.diagnostics).toEqual(service.validate(finalText, en));
    const settled = await Promise.allSettled(answers);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(answers).toHaveLength(400);
    for (const check of spotChecks) expect({ version: check.version, items: check.got }).toEqual({ version: check.version, items: sent(check.expected) });
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
      if (diagnostics) expect(essentials(diagnostics), `version ${i + 2}`).toEqual(essentials(service.validate(replay.getText(), en)));
    });
    expect(replay.getText()).toBe(finalText);
    // The storm reached the rules, not only the YAML parser.
    const flagged = pushed.filter((p) => p.diagnostics.some((d) => d.code === 'forbidden-phrase')).length;
    expect(flagged).toBeGreaterThan(10);
    expect(last.diagnostics.map((d) => d.code)).toContain('forbidden-phrase');

    expectNoFailureLogged();
    expect(after.rss).toBeLessThan(300);
    expect(after.rss).toBeLessThan(3 * before.rss);
    figures['storm'] = `10,000 edits + 410 requests in ${elapsed} ms; ${pushed.length} pushes checked (${flagged} with forbidden-phrase); final text ${finalText.length} chars, codes ${[...new Set(last.diagnostics.map((d) => d.code))].join(' ')}`;
    figures['storm RSS'] = `${before.rss.toFixed(0)} MB after opening, ${after.rss.toFixed(0)} MB after (peak ${after.peak.toFixed(0)} MB)`;
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  }, 60_000);
});

describe('1,000 documents opened and closed', () => {
  it('clears the diagnostics of every closed document and keeps serving, in bounded memory', async () => {
    const text = 'script: 测试\ngreeting: 您好，真烦人\nclosing: 再见\n';
    const expected = service.validate(text, en);
    expect(expected.length).toBeGreaterThan(0);
    const before = memoryOf(pid);
    const began = Date.now();
    // untitled: buffers and file: paths that are not on disk, in batches of 100.
    const uriOf = (i: number) => (i % 2 ? `untitled:Untitled-${i}.script.yaml` : `file:///nonexistent/huashu-stress/doc-${i}.script.yaml`);
    for (let batch = 0; batch < 10; batch++) {
      const uris = Array.from({ length: 100 }, (_, j) => uriOf(batch * 100 + j));
      for (const uri of uris) void client.open(uri, text, 1);
      const opened = await within(Promise.all(uris.map((uri) => client.diagnostics(uri, (p) => p.version === 1))), `batch ${batch} opened`, 30_000);
      for (const p of opened) expect(p.diagnostics).toEqual(expected);
      for (const uri of uris) void client.notify('textDocument/didClose', { textDocument: { uri } });
      await within(Promise.all(uris.map((uri) => client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined))), `batch ${batch} cleared`, 30_000);
    }
    // Opened and closed at once: a validation still pending must not publish after the clear.
    const quick = Array.from({ length: 100 }, (_, i) => `untitled:Quick-${i}.script.yaml`);
    for (const uri of quick) {
      void client.open(uri, text, 1);
      void client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    await within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: quick[99] }, position: { line: 0, character: 0 } }), 'a request after the quick opens');
    await within(Promise.all(quick.map((uri) => client.diagnostics(uri, (p) => p.diagnostics.length === 0))), 'the quick documents cleared', 30_000);
    const elapsed = Date.now() - began;

    // Still serving: a new document is checked and answers requests as the service does.
    const alive = 'untitled:alive.script.yaml';
    await client.open(alive, sample('hotline.script.yaml'), 1);
    expect((await client.diagnostics(alive, (p) => p.version === 1)).diagnostics).toEqual(service.validate(sample('hotline.script.yaml'), en));
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: alive } })).toEqual(service.symbols(sample('hotline.script.yaml'), en));
    // Whatever was published last for each of the 1,100 documents is empty.
    for (let i = 0; i < 1000; i++) expect(client.latest.get(uriOf(i))?.diagnostics).toEqual([]);
    for (const uri of quick) expect(client.latest.get(uri)?.diagnostics).toEqual([]);

    const after = memoryOf(pid);
    expectNoFailureLogged();
    expect(after.rss).toBeLessThan(300);
    expect(after.rss).toBeLessThan(3 * before.rss);
    figures['open/close'] = `1,100 documents opened and closed in ${elapsed} ms`;
    figures['open/close RSS'] = `${before.rss.toFixed(0)} MB before, ${after.rss.toFixed(0)} MB after (peak ${after.peak.toFixed(0)} MB)`;
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
      ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }, []],
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
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: closed } })).toEqual(service.symbols(text, en));
    await client.notify('textDocument/didClose', { textDocument: { uri: closed } });
    const stray = 'file:///nonexistent/never-opened.script.yaml';
    // Changes and closes of documents never opened (or already closed), twice over.
    await client.notify('textDocument/didChange', { textDocument: { uri: stray, version: 2 }, contentChanges: [{ range: { start: position, end: position }, text: '真烦人' }] });
    await client.notify('textDocument/didChange', { textDocument: { uri: closed, version: 2 }, contentChanges: [{ text: 'greeting: 真烦人\n' }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: stray } });
    await client.notify('textDocument/didClose', { textDocument: { uri: closed } });

    const odd = [closed, stray, 'untitled:', 'file:///%zz/bad-escape.script.yaml', 'file:///nonexistent/notes.txt', 'huashu-virtual://x/y.script.yaml'];
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
      ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
      ['textDocument/diagnostic', { textDocument }],
      ['workspace/diagnostic', { previousResultIds: [] }],
    ];
    for (const [method, params] of methods) {
      const source = new CancellationTokenSource();
      const answer = client.connection.sendRequest(method, params, source.token);
      source.cancel();
      const outcome = await within(answer.then(() => 'result', (e: unknown) => e), `the cancelled ${method}`);
      if (outcome !== 'result') {
        expect(outcome, method).toBeInstanceOf(ResponseError);
        expect((outcome as ResponseError<unknown>).code, method).toBe(LSPErrorCodes.RequestCancelled);
      }
    }
    // A cancel for a request that was never sent, and one for a request already answered.
    await client.notify('$/cancelRequest', { id: 987_654 });
    await client.notify('$/cancelRequest', { id: 1 });
    expect(await client.request('textDocument/documentSymbol', { textDocument })).toEqual(service.symbols(text, en));
    expect(await client.request('textDocument/completion', { textDocument, position })).toEqual(sent(service.complete(text, position, en)));
    expectNoFailureLogged();
    await client.notify('textDocument/didClose', { textDocument });
  });
});
