/**
 * A language server over stdio, as the benchmark drives it: the built Huashu server
 * (dist/server.js) by default, or another one (yaml-language-server) for comparison.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_ENV, SERVER_NODE_ARGS } from '../server/src/lsp/serverProcess';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export interface BenchServer {
  connection: ProtocolConnection;
  /** Every URI the server has published diagnostics for. */
  published: Set<string>;
  /** Resolves on the first publishDiagnostics (from now on) that satisfies `predicate`. */
  waitFor(what: string, predicate: (p: PublishDiagnosticsParams) => boolean, ms?: number): Promise<void>;
  /** The server's resident memory now and its peak so far, in MB (from /proc). */
  memory(): { rssMB: number; peakMB: number };
  /** Resident memory and heap used after full collections, in MB (servers started with `probe`). */
  settledMemory(): Promise<SettledMemory>;
  /** Writes a heap snapshot of the server after a collection; resolves to its file. */
  heapSnapshot(file: string): Promise<string>;
  /** Shuts the server down (shutdown, exit, then a kill if it lingers). */
  close(): Promise<void>;
}

export interface SettledMemory {
  /** Once the pages the collections freed are back with the system (see bench/memprobe.cjs). */
  rssMB: number;
  /** Read as the collections return, while V8 is still giving those pages back. */
  rssAtCollectionMB: number;
  /** The V8 heap: reserved from the system, and in use. */
  heapTotalMB: number;
  heapUsedMB: number;
  /** Memory outside the V8 heap held by JavaScript objects (buffers). */
  externalMB: number;
}

export interface BenchServerOptions {
  /** Preloads bench/memprobe.cjs so that memory can be read after a collection. */
  probe?: boolean;
  /** The server's script and arguments; dist/server.js --stdio, with Huashu's `SERVER_NODE_ARGS`, by default. */
  command?: string[];
  /** Environment added to the benchmark's own; Huashu's `SERVER_ENV` for dist/server.js unless told. */
  env?: Readonly<Record<string, string>>;
  /** Answers `workspace/configuration` for one item; `{}` by default. */
  configuration?(item: { section?: string; scopeUri?: string }): unknown;
}

export function startBenchServer(root: string, options: BenchServerOptions = {}): BenchServer {
  // BENCH_SERVER_NODE_ARGS (e.g. --cpu-prof) profiles the server while it is measured.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  if (options.probe) nodeArgs.push('--expose-gc', '-r', join(root, 'bench', 'memprobe.cjs'));
  const command = options.command ?? [...SERVER_NODE_ARGS, join(root, 'dist', 'server.js'), '--stdio'];
  // Huashu is started as its editor clients start it; another server as its own clients do.
  const env = options.env ?? (options.command ? {} : SERVER_ENV);
  const proc = spawn(process.execPath, [...nodeArgs, ...command], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit', ...(options.probe ? (['ipc'] as const) : [])],
  });
  let probeId = 0;
  const probe = <T>(message: Record<string, unknown>): Promise<T> => {
    if (!options.probe) return Promise.reject(new Error('the bench server was started without the memory probe'));
    const id = ++probeId;
    return new Promise<T>((resolve) => {
      const listener = (reply: { id?: number }) => {
        if (reply.id !== id) return;
        proc.off('message', listener);
        resolve(reply as T);
      };
      proc.on('message', listener);
      proc.send({ ...message, id });
    });
  };
  const connection = createProtocolConnection(
    new StreamMessageReader(proc.stdout!),
    new StreamMessageWriter(proc.stdin!),
  );
  const waiters = new Set<(p: PublishDiagnosticsParams) => boolean>();
  const published = new Set<string>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.add(p.uri);
    for (const waiter of waiters) if (waiter(p)) waiters.delete(waiter);
  });
  const configuration = options.configuration ?? (() => ({}));
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((item) => configuration(item)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();

  return {
    connection,
    published,
    waitFor: (what, predicate, ms = 120_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
        waiters.add((p) => {
          if (!predicate(p)) return false;
          clearTimeout(timer);
          resolve();
          return true;
        });
      }),
    memory() {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
      return { rssMB: mb('VmRSS'), peakMB: mb('VmHWM') };
    },
    async settledMemory() {
      const m = await probe<{
        rss: number;
        rssAtCollection: number;
        heapTotal: number;
        heapUsed: number;
        external: number;
      }>({
        probe: 'memory',
      });
      const mb = (bytes: number) => bytes / 2 ** 20;
      return {
        rssMB: mb(m.rss),
        rssAtCollectionMB: mb(m.rssAtCollection),
        heapTotalMB: mb(m.heapTotal),
        heapUsedMB: mb(m.heapUsed),
        externalMB: mb(m.external),
      };
    },
    async heapSnapshot(file) {
      return (await probe<{ file: string }>({ probe: 'snapshot', file })).file;
    },
    async close() {
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      void connection.sendNotification('exit');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      connection.dispose();
      proc.kill();
    },
  };
}
