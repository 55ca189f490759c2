/**
 * A minimal LSP client for end-to-end tests: spawns the built server over stdio and drives it
 * with vscode-languageserver-protocol. Every wait is on an event and has a timeout that fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CompletionItem,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
const WAIT_MS = 10_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds dist/ when a source or data file is newer than the server bundle (under a second). */
export function buildIfStale(): void {
  let built = 0;
  try {
    built = statSync(SERVER).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(newestMtime(join(ROOT, 'server', 'src')), newestMtime(join(ROOT, 'server', 'data')));
  if (built >= sources) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

/** Rejects after `ms` with a message naming what was awaited. */
export function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface ClientOptions {
  capabilities: ClientCapabilities;
  workspace?: string;
  locale?: string;
  /** The `huashu` section for a resource; `{}` by default. */
  configuration?: (scopeUri: string | undefined) => unknown;
  /** The script to start: dist/server.js by default. */
  entry?: string;
  args?: string[];
}

type Waiter = { predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** The latest publishDiagnostics per uri. */
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly logs: { type: number; message: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  refreshes = 0;
  configurationRequests = 0;
  configuration: (scopeUri: string | undefined) => unknown;
  private waiters: Waiter[] = [];
  private logWaiters: { predicate: (message: string) => boolean; resolve: () => void }[] = [];
  private refreshWaiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(private readonly options: ClientOptions) {
    this.configuration = options.configuration ?? (() => ({}));
    this.process = spawn(process.execPath, [options.entry ?? SERVER, ...(options.args ?? ['--stdio'])], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stderr!.on('data', (chunk: Buffer) => this.logs.push({ type: 0, message: chunk.toString() }));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.latest.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => !(w.predicate(p) && (w.resolve(p), true)));
    });
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p);
      this.logWaiters = this.logWaiters.filter((w) => !(w.predicate(p.message) && (w.resolve(), true)));
    });
    this.connection.onRequest(
      'workspace/configuration',
      (params: { items: { scopeUri?: string; section?: string }[] }) => {
        this.configurationRequests++;
        return params.items.map((item) => (item.section === 'huashu' ? this.configuration(item.scopeUri) : null));
      },
    );
    this.connection.onRequest(
      'client/registerCapability',
      (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...params.registrations);
        return null;
      },
    );
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () =>
      options.workspace ? [{ uri: uri(options.workspace), name: 'ws' }] : null,
    );
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      for (const resolve of this.refreshWaiters.splice(0)) resolve();
      return null;
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const folder = this.options.workspace;
    const result = await within(
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        locale: this.options.locale ?? 'en',
        rootUri: folder ? uri(folder) : null,
        workspaceFolders: folder ? [{ uri: uri(folder), name: 'ws' }] : null,
        capabilities: this.options.capabilities,
      }) as Promise<InitializeResult>,
      'initialize',
    );
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The first publishDiagnostics (past or future) for `uri` that satisfies `predicate`. */
  diagnostics(
    target: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
    what = `diagnostics of ${target}`,
  ): Promise<PublishDiagnosticsParams> {
    const latest = this.latest.get(target);
    if (latest && predicate(latest)) return Promise.resolve(latest);
    return within(
      new Promise((resolve) => this.waiters.push({ predicate: (p) => p.uri === target && predicate(p), resolve })),
      what,
    );
  }

  /** A publishDiagnostics for `uri` still to come. */
  nextDiagnostics(
    target: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return within(
      new Promise((resolve) => this.waiters.push({ predicate: (p) => p.uri === target && predicate(p), resolve })),
      `new diagnostics of ${target}`,
    );
  }

  logged(predicate: (message: string) => boolean, what: string): Promise<void> {
    if (this.logs.some((l) => predicate(l.message))) return Promise.resolve();
    return within(new Promise((resolve) => this.logWaiters.push({ predicate, resolve })), what);
  }

  refreshed(): Promise<void> {
    return within(new Promise((resolve) => this.refreshWaiters.push(resolve)), 'workspace/diagnostic/refresh');
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return within(this.connection.sendRequest(method, params) as Promise<R>, method);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(target: string, text: string, version = 1, languageId = 'huashu'): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri: target, languageId, version, text } });
  }

  async shutdown(): Promise<number | null> {
    try {
      await within(this.connection.sendRequest('shutdown'), 'shutdown', 5000);
      await this.connection.sendNotification('exit');
      return await within(this.exited, 'server exit', 5000);
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}

export function uri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * Completion items as the server sends them to a client without item defaults: documentation
 * held back for completionItem/resolve, plain text left as the protocol's default.
 */
export function sent(items: CompletionItem[]): CompletionItem[] {
  return items.map(({ documentation, insertTextFormat, ...rest }, index) => ({
    ...rest,
    ...(insertTextFormat === undefined || insertTextFormat === 1 ? {} : { insertTextFormat }),
    ...(documentation === undefined ? {} : { data: { huashuList: expect.any(Number), index } }),
  }));
}
