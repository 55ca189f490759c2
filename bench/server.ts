/** The built language server (dist/server.js) over stdio, as the benchmark drives it. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Shuts the server down (shutdown, exit, then a kill if it lingers). */
  close(): Promise<void>;
}

export function startBenchServer(root: string): BenchServer {
  // BENCH_SERVER_NODE_ARGS (e.g. --cpu-prof) profiles the server while it is measured.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const proc = spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(proc.stdout),
    new StreamMessageWriter(proc.stdin),
  );
  const waiters = new Set<(p: PublishDiagnosticsParams) => boolean>();
  const published = new Set<string>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.add(p.uri);
    for (const waiter of waiters) if (waiter(p)) waiters.delete(waiter);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
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
