/**
 * End-to-end: the built server (dist/server.js) over stdio, driven by a real LSP client library.
 * Waits are on events (a publishDiagnostics, a log line, a response), each with a timeout.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  IPCMessageReader,
  IPCMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type TextEdit,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type Position,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { spawn } from 'node:child_process';
import { createScriptService, RULE_IDS, settingsFrom } from '../../src/service';
import { buildIfStale, ROOT, SERVER, sent, TestClient, uri, within } from './lspClient';

const SAMPLES = join(ROOT, 'samples');
const SAMPLE_NAMES = readdirSync(SAMPLES)
  .filter((n) => n.endsWith('.script.yaml'))
  .sort();
const service = createScriptService({ docsUrl: pathToFileURL(join(ROOT, 'docs', 'rules.md')).href });
const en = settingsFrom({ locale: 'en' });
const zh = settingsFrom({ locale: 'zh' });
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

const PUSH: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
};
const PULL: ClientCapabilities = {
  ...PUSH,
  workspace: { ...PUSH.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH.textDocument, diagnostic: { dynamicRegistration: false } },
};

let workspace: string;
let outside: string;

/** A temp copy of samples/ plus files the scan must skip or flag. */
function makeWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huashu-e2e-'));
  cpSync(SAMPLES, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'pkg', 'hidden.script.yaml'), 'script: x\ngreeting: 真烦人\n');
  writeFileSync(join(dir, 'huge.script.yaml'), Buffer.alloc(10 * 1024 * 1024 + 1024, 'a'));
  writeFileSync(join(dir, 'binary.script.yaml'), Buffer.from([0x73, 0x00, 0x01, 0x02]));
  return dir;
}

beforeAll(() => {
  buildIfStale();
  workspace = makeWorkspace();
  outside = mkdtempSync(join(tmpdir(), 'huashu-e2e-outside-'));
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const sampleUri = (name: string) => uri(join(workspace, name));
const sampleText = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

/** The position just after `needle` on the line that holds it. */
function after(text: string, needle: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line holds ${needle}`);
  return { line, character: lines[line]!.indexOf(needle) + needle.length };
}

describe('language server over stdio, push diagnostics', () => {
  let client: TestClient;
  let init: InitializeResult;
  const scanned = () => client.logged((m) => /Workspace scan: checked \d+ script files/.test(m), 'the workspace scan');

  beforeAll(async () => {
    client = new TestClient({ capabilities: PUSH, workspace, locale: 'en' });
    init = await client.initialize();
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it('declares its features', () => {
    const caps = init.capabilities;
    expect(caps.textDocumentSync).toEqual({ openClose: true, change: 2 });
    expect(caps.completionProvider?.triggerCharacters).toEqual(['{', ':', ' ', '-']);
    expect(caps.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.huashu'] });
    expect(caps).toMatchObject({
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
    });
    expect(caps.diagnosticProvider).toBeUndefined();
    expect(init.serverInfo?.name).toBe('huashu-language-server');
  });

  it('scans the workspace: reports unopened files, flags huge and binary files, skips node_modules', async () => {
    await scanned();
    for (const name of SAMPLE_NAMES) {
      const published = await client.diagnostics(sampleUri(name));
      expect(published.diagnostics).toEqual(service.validate(sampleText(name), en));
    }
    expect(codes(client.latest.get(sampleUri('all-rules.script.yaml'))!.diagnostics)).toContain('forbidden-phrase');
    const huge = (await client.diagnostics(sampleUri('huge.script.yaml'))).diagnostics;
    expect(huge).toHaveLength(1);
    expect(huge[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    expect(huge[0]!.message).toMatch(/over the 10 MB limit/);
    const binary = (await client.diagnostics(sampleUri('binary.script.yaml'))).diagnostics;
    expect(binary.map((d) => d.message)).toEqual([expect.stringMatching(/binary file/)]);
    expect(client.published.some((p) => p.uri.includes('node_modules'))).toBe(false);
    expect(client.logs.some((l) => /skipped .*huge\.script\.yaml/.test(l.message))).toBe(true);
  });

  it('registers a file watcher for scripts', async () => {
    await scanned();
    expect(client.registrations).toContainEqual({
      id: expect.any(String),
      method: 'workspace/didChangeWatchedFiles',
      registerOptions: {
        watchers: [
          { globPattern: '**/*.script.{yaml,yml}' },
          { globPattern: '**/.huashu.{yaml,yml}' },
          { globPattern: '**/*.{yaml,yml}' },
        ],
      },
    });
  });

  it('publishes the diagnostics of an opened sample, with its version and rule codes', async () => {
    const target = sampleUri('all-rules.script.yaml');
    const text = sampleText('all-rules.script.yaml');
    await client.open(target, text, 1);
    const published = await client.diagnostics(target, (p) => p.version === 1);
    expect(published.diagnostics).toEqual(service.validate(text, en));
    for (const code of codes(published.diagnostics)) expect(RULE_IDS as readonly string[]).toContain(code);
    expect(published.diagnostics[0]!.codeDescription?.href).toMatch(/docs\/rules\.md#/);
    await client.notify('textDocument/didClose', { textDocument: { uri: target } });
    await client.diagnostics(target, (p) => p.version === undefined, 'the on-disk diagnostics after close');
  });

  it('follows incremental edits: a forbidden phrase appears at its exact range, then goes', async () => {
    const target = sampleUri('hotline.script.yaml');
    const text = sampleText('hotline.script.yaml');
    await client.open(target, text, 1);
    expect((await client.diagnostics(target, (p) => p.version === 1)).diagnostics).toEqual([]);

    const at = after(text, '请问您贵姓？');
    await client.notify('textDocument/didChange', {
      textDocument: { uri: target, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: '真烦人' }],
    });
    const added = await client.diagnostics(target, (p) => p.version === 2);
    expect(added.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['forbidden-phrase', { start: at, end: { line: at.line, character: at.character + 3 } }],
    ]);

    await client.notify('textDocument/didChange', {
      textDocument: { uri: target, version: 3 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '' }],
    });
    expect((await client.diagnostics(target, (p) => p.version === 3)).diagnostics).toEqual([]);
  });

  it('collapses a burst of edits and never publishes an older version after a newer one', async () => {
    const target = sampleUri('hotline.script.yaml');
    const start = client.published.length;
    const at = after(sampleText('hotline.script.yaml'), '请问您贵姓？');
    for (let version = 4; version <= 13; version++) {
      void client.notify('textDocument/didChange', {
        textDocument: { uri: target, version },
        contentChanges: [{ range: { start: at, end: at }, text: version === 13 ? '急什么' : '好' }],
      });
    }
    const last = await client.diagnostics(target, (p) => p.version === 13);
    expect(codes(last.diagnostics)).toEqual(['forbidden-phrase']);
    const versions = client.published
      .slice(start)
      .filter((p) => p.uri === target)
      .map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    await client.notify('textDocument/didClose', { textDocument: { uri: target } });
    expect((await client.diagnostics(target, (p) => p.version === undefined)).diagnostics).toEqual([]);
  });

  it('clears a closed file outside the workspace or not on disk, and republishes the on-disk file of a workspace file', async () => {
    const loose = uri(join(outside, 'loose.script.yaml'));
    await client.open(loose, 'script: x\ngreeting: 真烦人\n', 1);
    expect((await client.diagnostics(loose, (p) => p.version === 1)).diagnostics.length).toBeGreaterThan(0);
    await client.notify('textDocument/didClose', { textDocument: { uri: loose } });
    expect((await client.nextDiagnostics(loose)).diagnostics).toEqual([]);

    const unsaved = sampleUri('unsaved.script.yaml');
    await client.open(unsaved, 'script: x\ngreeting: 真烦人\n', 1);
    expect((await client.diagnostics(unsaved, (p) => p.version === 1)).diagnostics.length).toBeGreaterThan(0);
    await client.notify('textDocument/didClose', { textDocument: { uri: unsaved } });
    expect((await client.nextDiagnostics(unsaved)).diagnostics).toEqual([]);

    const target = sampleUri('all-rules.script.yaml');
    await client.open(target, sampleText('hotline.script.yaml'), 1);
    expect((await client.diagnostics(target, (p) => p.version === 1)).diagnostics).toEqual([]);
    await client.notify('textDocument/didClose', { textDocument: { uri: target } });
    const onDisk = await client.nextDiagnostics(target);
    expect(onDisk.diagnostics).toEqual(service.validate(sampleText('all-rules.script.yaml'), en));
  });

  it('reports a binary editor buffer with one diagnostic at 0:0 instead of checking it', async () => {
    const target = uri(join(outside, 'binary-buffer.script.yaml'));
    await client.open(target, 'script: x\u0000\u0001', 1);
    const published = await client.diagnostics(target, (p) => p.version === 1);
    expect(published.diagnostics.map((d) => [d.range.start, d.message])).toEqual([
      [{ line: 0, character: 0 }, expect.stringMatching(/binary file/)],
    ]);
    await client.notify('textDocument/didClose', { textDocument: { uri: target } });
  });

  it('keeps the workspace current with didChangeWatchedFiles', async () => {
    await scanned();
    const path = join(workspace, 'new.script.yaml');
    const target = uri(path);
    writeFileSync(path, 'script: 新\ngreeting: 您好，工号{agent_id}为您服务。真烦人\nclosing: 再见！\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: target, type: 1 }] });
    expect(codes((await client.diagnostics(target)).diagnostics)).toEqual(['forbidden-phrase']);
    unlinkSync(path);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: target, type: 3 }] });
    expect((await client.nextDiagnostics(target)).diagnostics).toEqual([]);
  });

  it('follows the team configuration (.huashu.yaml): its rules, its problems, the last good one, its removal', async () => {
    await scanned();
    const dir = join(workspace, 'team');
    mkdirSync(dir, { recursive: true });
    const scriptPath = join(dir, 'team.script.yaml');
    const configPath = join(dir, '.huashu.yaml');
    const text = sampleText('all-rules.script.yaml');
    writeFileSync(scriptPath, text);
    writeFileSync(configPath, 'rules:\n  hardcoded-agent-id: off\n');
    const script = uri(scriptPath);
    const config = uri(configPath);
    const teamRules = settingsFrom({ locale: 'en', rules: { 'hardcoded-agent-id': 'off' } });
    const quieter = client.diagnostics(
      script,
      (p) => !codes(p.diagnostics).includes('hardcoded-agent-id'),
      'diagnostics under the team config',
    );
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: config, type: 1 },
        { uri: script, type: 1 },
      ],
    });
    expect((await quieter).diagnostics).toEqual(service.validate(text, teamRules));

    writeFileSync(configPath, 'rules:\n  hardcoded-agent-id: loud\n');
    const problem = client.nextDiagnostics(config);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    const problems = (await problem).diagnostics;
    expect(problems.map((d) => [d.code, d.range.start, d.message])).toEqual([
      ['config', { line: 1, character: 22 }, expect.stringMatching(/Invalid rule level "loud"/)],
    ]);
    expect(client.latest.get(script)!.diagnostics).toEqual(service.validate(text, teamRules));

    unlinkSync(configPath);
    const cleared = client.nextDiagnostics(config);
    const louder = client.nextDiagnostics(script, (p) => codes(p.diagnostics).includes('hardcoded-agent-id'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 3 }] });
    expect((await cleared).diagnostics).toEqual([]);
    expect((await louder).diagnostics).toEqual(service.validate(text, en));
  });

  it('re-checks when a team phrasebook file named by .huashu.yaml changes', async () => {
    await scanned();
    const dir = join(workspace, 'team-book');
    mkdirSync(dir, { recursive: true });
    const scriptPath = join(dir, 'book.script.yaml');
    const bookPath = join(dir, 'team.yaml');
    writeFileSync(
      scriptPath,
      'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 这事找小王办\nclosing: 再见\n',
    );
    writeFileSync(join(dir, '.huashu.yaml'), 'phrasebook: [team.yaml]\n');
    const book = (phrase: string) =>
      `version: 1\ncategories:\n  team-shirk:\n    zh: 推诿\n    en: Shirking\n    why: { zh: 推诿责任。, en: Shirking. }\nphrases:\n  - id: team-1\n    phrase: ${phrase}\n    category: team-shirk\n    suggest: [greeting-daily]\n`;
    writeFileSync(bookPath, book('等小李办'));
    const script = uri(scriptPath);
    const first = client.diagnostics(
      script,
      (p) => !codes(p.diagnostics).includes('forbidden-phrase'),
      'script checked with the team book',
    );
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: script, type: 1 },
        { uri: uri(join(dir, '.huashu.yaml')), type: 1 },
      ],
    });
    await first;
    writeFileSync(bookPath, book('找小王办'));
    const flagged = client.nextDiagnostics(script, (p) => codes(p.diagnostics).includes('forbidden-phrase'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(bookPath), type: 2 }] });
    expect((await flagged).diagnostics.find((d) => d.code === 'forbidden-phrase')!.range).toEqual({
      start: { line: 3, character: 13 },
      end: { line: 3, character: 17 },
    });
  });

  it('reads settings per resource and re-checks when they change', async () => {
    await scanned();
    const target = sampleUri('all-rules.script.yaml');
    const asked = client.configurationRequests;
    client.configuration = (scope) => (scope === target ? { rules: { 'forbidden-phrase': 'off' } } : {});
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const quieter = await client.nextDiagnostics(target);
    expect(codes(quieter.diagnostics)).not.toContain('forbidden-phrase');
    expect(codes(quieter.diagnostics)).toContain('hardcoded-agent-id');
    expect(client.configurationRequests).toBeGreaterThan(asked);

    client.configuration = (scope) => (scope === target ? { enable: false } : {});
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    expect((await client.nextDiagnostics(target)).diagnostics).toEqual([]);

    client.configuration = () => ({});
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const back = await client.nextDiagnostics(target);
    expect(back.diagnostics).toEqual(service.validate(sampleText('all-rules.script.yaml'), en));
  });

  describe('editor features hand the work to the service', () => {
    const target = () => uri(join(outside, 'features.script.yaml'));
    const text = `${sampleText('all-rules.script.yaml')}\n`;
    const greeting = 'script: 测试\ngreeting: \nclosing: 感谢您的来电，再见！\n';

    beforeAll(async () => {
      await client.open(target(), text, 1);
      await client.diagnostics(target(), (p) => p.version === 1);
    });

    it('completion: phrasebook items in a greeting, as the service gives them', async () => {
      const completionUri = uri(join(outside, 'completion.script.yaml'));
      await client.open(completionUri, greeting, 1);
      const position = { line: 1, character: 'greeting: '.length };
      const expected = service.complete(greeting, position, en);
      expect(expected.some((i) => i.label.includes('您好'))).toBe(true);
      const items = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: completionUri },
        position,
      });
      expect(items).toEqual(sent(expected));
      const resolved = await client.request<CompletionItem>('completionItem/resolve', items[0]);
      expect(resolved.documentation).toEqual(expected[0]!.documentation);
      expect(
        await client.request<CompletionItem>('completionItem/resolve', {
          label: 'x',
          data: { huashuList: -1, index: 0 },
        }),
      ).toEqual({ label: 'x', data: { huashuList: -1, index: 0 } });
    });

    it('hover over a forbidden phrase', async () => {
      const position = { ...after(text, '真煩人'), character: after(text, '真煩人').character - 1 };
      const expected = service.hover(text, position, en);
      expect(JSON.stringify(expected)).toContain('Say instead');
      expect(await client.request('textDocument/hover', { textDocument: { uri: target() }, position })).toEqual(
        expected,
      );
    });

    it('speaking time: inlay hints on agent speech and code lenses on script:', async () => {
      const doc = { textDocument: { uri: target() } };
      const range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
      const hints = await client.request<unknown[]>('textDocument/inlayHint', { ...doc, range });
      expect(hints).toEqual(service.inlayHints(text, range, en));
      expect(JSON.stringify(hints)).toMatch(/≈ [\d.]+ s @190字\/分/);
      const lenses = await client.request<unknown[]>('textDocument/codeLens', doc);
      expect(lenses).toEqual(service.codeLenses(text, en));
    });

    it('code actions: applying the quick fix removes the diagnostic', async () => {
      const published = await client.diagnostics(target(), (p) => p.version === 1);
      const finding = published.diagnostics.find((d) => d.code === 'forbidden-phrase')!;
      const params = { textDocument: { uri: target() }, range: finding.range, context: { diagnostics: [finding] } };
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', params);
      expect(actions).toEqual(service.codeActions(text, target(), finding.range, [finding], en));
      const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
        ...params,
        context: { ...params.context, only: ['source.fixAll'] },
      });
      expect(fixAll.map((action) => action.kind)).toEqual(['source.fixAll.huashu']);

      const edits = actions.find((a) => a.kind === 'quickfix' && a.edit?.changes?.[target()])?.edit?.changes?.[
        target()
      ];
      expect(edits?.length).toBeGreaterThan(0);
      const fixed = TextDocument.applyEdits(TextDocument.create(target(), 'huashu', 1, text), edits!);
      await client.notify('textDocument/didChange', {
        textDocument: { uri: target(), version: 2 },
        contentChanges: [{ text: fixed }],
      });
      const after = await client.diagnostics(target(), (p) => p.version === 2);
      expect(
        after.diagnostics.some(
          (d) => d.code === finding.code && JSON.stringify(d.range) === JSON.stringify(finding.range),
        ),
      ).toBe(false);
    });

    it('symbols, folding, definition and references', async () => {
      const hotline = uri(join(outside, 'nav.script.yaml'));
      const source = sampleText('hotline.script.yaml');
      await client.open(hotline, source, 1);
      const doc = { textDocument: { uri: hotline } };
      expect(await client.request('textDocument/documentSymbol', doc)).toEqual(service.symbols(source, en));
      expect(await client.request('textDocument/foldingRange', doc)).toEqual(service.foldingRanges(source));
      const onNext = after(source, 'next: res');
      const range = service.definition(source, onNext);
      expect(await client.request('textDocument/definition', { ...doc, position: onNext })).toEqual(
        range ? { uri: hotline, range } : null,
      );
      const onId = after(source, 'id: resu');
      const refs = service.references(source, onId, true).map((r) => ({ uri: hotline, range: r }));
      expect(
        await client.request('textDocument/references', {
          ...doc,
          position: onId,
          context: { includeDeclaration: true },
        }),
      ).toEqual(refs);
    });
  });

  it('answers empty for a document it does not have', async () => {
    const doc = { textDocument: { uri: 'file:///nowhere/ghost.script.yaml' } };
    const position = { line: 0, character: 0 };
    expect(await client.request('textDocument/completion', { ...doc, position })).toEqual([]);
    expect(await client.request('textDocument/hover', { ...doc, position })).toBeNull();
    expect(
      await client.request('textDocument/codeAction', {
        ...doc,
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
    ).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', doc)).toEqual([]);
    expect(await client.request('textDocument/foldingRange', doc)).toEqual([]);
    expect(await client.request('textDocument/definition', { ...doc, position })).toBeNull();
    expect(
      await client.request('textDocument/references', { ...doc, position, context: { includeDeclaration: true } }),
    ).toEqual([]);
    expect(await client.request('textDocument/diagnostic', doc)).toEqual({ kind: 'full', items: [] });
  });

  it('survives a handler exception: logs it, answers empty, keeps serving', async () => {
    expect(await client.request('textDocument/hover', {})).toBeNull();
    expect(await client.request('textDocument/completion', { textDocument: 42 })).toEqual([]);
    await client.notify('workspace/didChangeWatchedFiles', { changes: 'not a list' });
    await client.logged((m) => m.includes('textDocument/hover') && /TypeError/.test(m), 'the logged hover failure');
    await client.logged((m) => m.includes('workspace/didChangeWatchedFiles'), 'the logged notification failure');
    const target = uri(join(outside, 'alive.script.yaml'));
    await client.open(target, 'script: x\ngreeting: 真烦人\n', 1);
    expect(codes((await client.diagnostics(target, (p) => p.version === 1)).diagnostics)).toContain('forbidden-phrase');
  });
});

describe('language server over stdio, pull diagnostics (LSP 3.17)', () => {
  let client: TestClient;
  let init: InitializeResult;
  const zhService = (name: string) => service.validate(sampleText(name), zh);

  beforeAll(async () => {
    client = new TestClient({ capabilities: PULL, workspace, locale: 'zh-CN' });
    init = await client.initialize();
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it('declares a diagnostic provider with workspace diagnostics', () => {
    expect(init.capabilities.diagnosticProvider).toEqual({
      identifier: 'huashu',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    });
  });

  it('reports every workspace file, in Chinese, then only result ids while nothing changed', async () => {
    const first = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byUri = new Map(first.items.map((item) => [item.uri, item]));
    for (const name of SAMPLE_NAMES) {
      expect(byUri.get(sampleUri(name))).toMatchObject({ kind: 'full', items: zhService(name) });
    }
    expect(codes((byUri.get(sampleUri('all-rules.script.yaml')) as { items: Diagnostic[] }).items)).toContain(
      'forbidden-phrase',
    );
    expect((byUri.get(sampleUri('binary.script.yaml')) as { items: Diagnostic[] }).items[0]!.message).toMatch(/二进制/);
    expect([...byUri.keys()].some((u) => u.includes('node_modules'))).toBe(false);

    const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const second = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    expect(second.items.map((item) => item.kind)).toEqual(first.items.map(() => 'unchanged'));
  });

  it('answers textDocument/diagnostic with the same set as the push path, unchanged by result id', async () => {
    const target = sampleUri('all-rules.script.yaml');
    const text = sampleText('all-rules.script.yaml');
    await client.open(target, text, 1);
    const report = await client.request<DocumentDiagnosticReport & { resultId?: string; items?: Diagnostic[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri: target } },
    );
    expect(report).toMatchObject({ kind: 'full', items: zhService('all-rules.script.yaml') });
    const again = await client.request('textDocument/diagnostic', {
      textDocument: { uri: target },
      previousResultId: report.resultId,
    });
    expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });

    const open = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    expect(open.items.map((item) => item.uri)).not.toContain(target);

    await client.notify('textDocument/didChange', {
      textDocument: { uri: target, version: 2 },
      contentChanges: [{ text: sampleText('hotline.script.yaml') }],
    });
    const edited = await client.request('textDocument/diagnostic', {
      textDocument: { uri: target },
      previousResultId: report.resultId,
    });
    expect(edited).toMatchObject({ kind: 'full', items: [] });
    await client.notify('textDocument/didClose', { textDocument: { uri: target } });
  });

  it('asks the client to refresh when settings change, and reports the new results', async () => {
    const refreshed = client.refreshed();
    const before = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    client.configuration = () => ({ rules: { 'forbidden-phrase': 'off' } });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    const previousResultIds = before.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const after = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    const allRules = after.items.find((item) => item.uri === sampleUri('all-rules.script.yaml'));
    expect(allRules?.kind).toBe('full');
    expect(codes((allRules as { items: Diagnostic[] }).items)).not.toContain('forbidden-phrase');
  });

  it('never pushes diagnostics to a client that pulls', () => {
    expect(client.published).toEqual([]);
  });
});

describe('compact completion lists', () => {
  it('shares the edit range and the list in itemDefaults, holds back the detail, and resolves every item as the service made it', async () => {
    // What vscode-languageclient declares.
    const client = new TestClient({
      capabilities: {
        textDocument: {
          completion: {
            completionItem: {
              snippetSupport: true,
              resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
            },
            completionList: {
              itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
            },
          },
        },
      },
    });
    await client.initialize();
    try {
      const target = uri(join(mkdtempSync(join(tmpdir(), 'huashu-compact-')), 'c.script.yaml'));
      const text = 'script: x\ngreeting: \nclosing: 再见\n';
      await client.open(target, text, 1);
      const position = { line: 1, character: 'greeting: '.length };
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri: target },
        position,
      });
      const full = service.complete(text, position, en);
      expect(list.itemDefaults?.editRange).toEqual((full[0]!.textEdit as TextEdit).range);
      expect(list.items.map((i) => [i.label, i.textEditText ?? i.label])).toEqual(
        full.map((i) => [i.label, (i.textEdit as TextEdit).newText]),
      );
      expect(list.items.every((i) => i.documentation === undefined && i.detail === undefined)).toBe(true);
      expect(list.items.every((i) => i.textEdit === undefined && i.data === undefined)).toBe(true);
      const resolved = await Promise.all(
        [0, 1, full.length - 1].map((index) =>
          client.request<CompletionItem>('completionItem/resolve', {
            ...list.items[index],
            data: list.itemDefaults?.data,
          }),
        ),
      );
      expect(resolved.map((i) => [i.label, i.detail, i.documentation])).toEqual(
        [0, 1, full.length - 1].map((index) => [full[index]!.label, full[index]!.detail, full[index]!.documentation]),
      );
    } finally {
      await client.shutdown();
    }
  });
});

describe('transports', () => {
  it('starts through bin/huashu-language-server.js over stdio', async () => {
    const client = new TestClient({ capabilities: {}, entry: join(ROOT, 'bin', 'huashu-language-server.js') });
    const result = await client.initialize();
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(await client.shutdown()).toBe(0);
  });

  it('runs over Node IPC (--node-ipc), as VS Code starts it', async () => {
    const proc = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    connection.listen();
    try {
      const result = await within(
        connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: null,
          capabilities: {},
        }) as Promise<InitializeResult>,
        'initialize over IPC',
      );
      expect(result.capabilities.completionProvider?.triggerCharacters).toContain('{');
    } finally {
      connection.dispose();
      proc.kill();
    }
  });
});
