/**
 * The server process over raw stdio: the LSP lifecycle (shutdown, exit and their exit codes)
 * and recovery from messages whose framing lies. Bytes are written by hand, as a broken or
 * hostile client would write them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { FramingGuard } from '../../src/lsp/framing';
import { buildIfStale, SERVER, within } from './lspClient';

interface Reply {
  id?: number;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
  params?: { message?: string };
}

const frame = (message: object, length?: number) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  return Buffer.concat([Buffer.from(`Content-Length: ${length ?? body.length}\r\n\r\n`), body]);
};
const hover = (id: number) =>
  frame({
    id,
    method: 'textDocument/hover',
    params: { textDocument: { uri: 'file:///nowhere.script.yaml' }, position: { line: 0, character: 0 } },
  });

/** The server over stdio, with the messages it writes parsed as they come. */
class RawServer {
  readonly process: ChildProcess;
  readonly replies: Reply[] = [];
  readonly exited: Promise<number | null>;
  private pending = Buffer.alloc(0);
  private waiters: Array<{ test: (r: Reply) => boolean; resolve: (r: Reply) => void }> = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stdout!.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      for (;;) {
        const end = this.pending.indexOf('\r\n\r\n');
        if (end === -1) return;
        const length = Number(/Content-Length: (\d+)/.exec(this.pending.subarray(0, end).toString())![1]);
        if (this.pending.length < end + 4 + length) return;
        const reply = JSON.parse(this.pending.subarray(end + 4, end + 4 + length).toString()) as Reply;
        this.pending = this.pending.subarray(end + 4 + length);
        this.replies.push(reply);
        this.waiters = this.waiters.filter((w) => !(w.test(reply) && (w.resolve(reply), true)));
      }
    });
  }

  write(bytes: Buffer): void {
    this.process.stdin!.write(bytes);
  }

  reply(test: (r: Reply) => boolean, what: string): Promise<Reply> {
    const found = this.replies.find(test);
    if (found) return Promise.resolve(found);
    return within(new Promise((resolve) => this.waiters.push({ test, resolve })), what);
  }

  answer(id: number): Promise<Reply> {
    return this.reply((r) => r.id === id && r.method === undefined, `the answer to request ${id}`);
  }

  async initialize(): Promise<void> {
    this.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    await this.answer(1);
    this.write(frame({ method: 'initialized', params: {} }));
  }
}

beforeAll(() => buildIfStale());

describe('lifecycle', () => {
  it('after shutdown, requests are InvalidRequest errors; exit then ends the process with code 0', async () => {
    const server = new RawServer();
    await server.initialize();
    server.write(hover(2));
    expect((await server.answer(2)).error).toBeUndefined();
    server.write(frame({ id: 3, method: 'shutdown' }));
    expect(await server.answer(3)).toMatchObject({ id: 3, result: null });
    server.write(hover(4));
    server.write(
      frame({
        id: 5,
        method: 'textDocument/completion',
        params: { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } },
      }),
    );
    expect((await server.answer(4)).error?.code).toBe(-32600);
    expect((await server.answer(5)).error?.code).toBe(-32600);
    server.write(frame({ method: 'exit' }));
    expect(await within(server.exited, 'exit')).toBe(0);
  });

  it('stdin closing ends the process (code 1 without shutdown)', async () => {
    const server = new RawServer();
    await server.initialize();
    server.process.stdin!.end();
    expect(await within(server.exited, 'exit')).toBe(1);
  });

  it('exit without shutdown ends the process with code 1', async () => {
    const server = new RawServer();
    await server.initialize();
    server.write(frame({ method: 'exit' }));
    expect(await within(server.exited, 'exit')).toBe(1);
  });
});

describe('a Content-Length that lies', () => {
  const cases: Array<{ name: string; bytes: Buffer; reason: RegExp }> = [
    {
      name: 'longer than the message',
      bytes: frame({ id: 2, method: 'textDocument/hover', params: {} }, 100_000),
      reason: /Content-Length does not match/,
    },
    {
      name: 'shorter than the message',
      bytes: frame({ id: 2, method: 'textDocument/hover', params: {} }, 10),
      reason: /not a JSON object/,
    },
    { name: 'not a number', bytes: Buffer.from('Content-Length: abc\r\n\r\n{}'), reason: /invalid header/ },
    { name: 'missing', bytes: Buffer.from('Content-Type: application/json\r\n\r\n{}'), reason: /invalid header/ },
  ];
  for (const { name, bytes, reason } of cases) {
    it(`${name}: that message is skipped and logged, the next ones are answered`, async () => {
      const server = new RawServer();
      await server.initialize();
      server.write(Buffer.concat([bytes, hover(3)]));
      server.write(hover(4));
      expect(await server.answer(3)).toMatchObject({ id: 3, result: null });
      expect(await server.answer(4)).toMatchObject({ id: 4, result: null });
      const logged = server.replies.filter((r) => r.method === 'window/logMessage').map((r) => r.params?.message ?? '');
      expect(logged.some((m) => /Skipped a malformed message/.test(m) && reason.test(m))).toBe(true);
      server.write(frame({ id: 5, method: 'shutdown' }));
      await server.answer(5);
      server.write(frame({ method: 'exit' }));
      expect(await within(server.exited, 'exit')).toBe(0);
    });
  }

  it('a header split over many writes, and a 1 MB body in small pieces holding a Content-Length header as text, still make one message each', async () => {
    const server = new RawServer();
    await server.initialize();
    const text = `script: x\nnote: Content-Length: 12\r\n\r\n{}\n${'a'.repeat(1_000_000)}`;
    const bytes = frame({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///big.script.yaml', languageId: 'huashu', version: 1, text } },
    });
    for (let i = 0; i < bytes.length; i += 65_536) server.write(bytes.subarray(i, i + 65_536));
    const h = hover(6);
    for (let i = 0; i < h.length; i++) server.write(h.subarray(i, i + 1));
    expect(await server.answer(6)).toMatchObject({ id: 6 });
    expect(server.replies.filter((r) => /Skipped a malformed message/.test(r.params?.message ?? ''))).toEqual([]);
    server.process.kill();
  });
});

describe('the framing guard, in process', () => {
  /** Feeds `bytes` in pieces of `size` and returns the bodies passed on and the errors reported. */
  function feed(bytes: Buffer, size: number): { bodies: string[]; errors: string[] } {
    const errors: string[] = [];
    const guard = new FramingGuard((error) => errors.push(error));
    const out: Buffer[] = [];
    guard.on('data', (chunk: Buffer) => out.push(chunk));
    for (let i = 0; i < bytes.length; i += size) guard.write(bytes.subarray(i, i + size));
    const all = Buffer.concat(out).toString();
    const bodies = all.split(/Content-Length: \d+\r\n\r\n/).filter((b) => b.length > 0);
    return { bodies, errors };
  }
  const good = (id: number, text = '') => frame({ id, method: 'm', params: { text } });

  for (const size of [1, 7, 64, 65_536]) {
    it(`in pieces of ${size} bytes: a lying length costs that message only, a long body passes whole`, async () => {
      const long = 'Content-Length: 5\r\n\r\n'.repeat(10_000);
      const bytes = Buffer.concat([
        good(1),
        frame({ id: 2, method: 'm' }, 5_000),
        good(3),
        good(4, long),
        frame({ id: 5 }, 3),
        good(6),
      ]);
      const { bodies, errors } = feed(bytes, size);
      await new Promise((resolve) => setImmediate(resolve));
      expect(bodies.map((b) => (JSON.parse(b) as { id: number }).id)).toEqual([1, 3, 4, 6]);
      expect((JSON.parse(bodies[2]!) as { params: { text: string } }).params.text).toBe(long);
      expect(errors).toEqual(['lyingLength', 'notJson', 'badHeader']);
    });
  }
});
