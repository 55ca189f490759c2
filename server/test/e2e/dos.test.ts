/**
 * A hostile workspace must not take the server down: storms of watched-file events and of
 * configuration changes are coalesced, and nothing is kept for files that do not exist.
 * Every assertion is on an amount of work (messages, requests), never on time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCapabilities, FileEvent } from 'vscode-languageserver-protocol/node';
import { createRecheck } from '../../src/lsp/recheck';
import { createWatchedFiles } from '../../src/lsp/watchedFiles';
import { buildIfStale, TestClient, uri } from './lspClient';

const CREATED = 1;
const CHANGED = 2;

const PUSH: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};
const PULL: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: { diagnostic: { dynamicRegistration: false } },
};

const script = (agent: string) =>
  `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: ${agent}\nclosing: 再见\n`;
const FILES = 50;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huashu-dos-'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `f${i}.script.yaml`), script('请稍等'));
  writeFileSync(join(dir, 'sentinel.script.yaml'), script('请稍等'));
  return dir;
}

/** Sends `total` events in notifications of `perMessage`, naming paths by index. */
async function storm(
  client: TestClient,
  total: number,
  perMessage: number,
  event: (i: number) => FileEvent,
): Promise<void> {
  for (let sent = 0; sent < total; sent += perMessage) {
    const changes = Array.from({ length: Math.min(perMessage, total - sent) }, (_, j) => event(sent + j));
    await client.notify('workspace/didChangeWatchedFiles', { changes });
  }
}

/** Changes the sentinel on disk and waits for its diagnostics: every event sent before it has been handled. */
async function barrier(client: TestClient, dir: string, round: number): Promise<void> {
  const path = join(dir, 'sentinel.script.yaml');
  writeFileSync(path, script(`${'请'.repeat(round)}真烦人`));
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path), type: CHANGED }] });
  await client.nextDiagnostics(uri(path), (p) =>
    p.diagnostics.some((d) => d.code === 'forbidden-phrase' && d.range.start.character === 11 + round),
  );
}

describe('watched-file storms (push diagnostics)', () => {
  let client: TestClient;
  let dir: string;
  const scanned = () => client.logged((m) => /Workspace scan: checked \d+ script files/.test(m), 'the workspace scan');

  beforeAll(async () => {
    buildIfStale();
    dir = workspace();
    client = new TestClient({ capabilities: PUSH, workspace: dir, locale: 'en' });
    await client.initialize();
    await scanned();
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('20,000 change events on 50 files in 20 notifications: each file is checked at most once per notification, not once per event', async () => {
    const before = client.published.length;
    await storm(client, 20_000, 1000, (i) => ({ uri: uri(join(dir, `f${i % FILES}.script.yaml`)), type: CHANGED }));
    await barrier(client, dir, 1);
    const published = client.published.slice(before).filter((p) => /\/f\d+\.script\.yaml$/.test(p.uri));
    expect(new Set(published.map((p) => p.uri)).size).toBe(FILES);
    expect(published.length).toBeLessThanOrEqual(FILES * 20);
  });

  it('20,000 events for files that do not exist: no message and no settings request for any of them', async () => {
    const published = client.published.length;
    const requests = client.configurationRequests;
    await storm(client, 20_000, 1000, (i) => ({
      uri: uri(join(dir, 'gone', `g${i}.script.yaml`)),
      type: i % 2 ? CREATED : CHANGED,
    }));
    await barrier(client, dir, 2);
    expect(client.published.slice(published).filter((p) => p.uri.includes('/gone/'))).toEqual([]);
    expect(client.configurationRequests).toBe(requests);
  });
});

describe('configuration storms (pull diagnostics)', () => {
  let client: TestClient;
  let dir: string;

  beforeAll(async () => {
    buildIfStale();
    dir = workspace();
    writeFileSync(join(dir, '.huashu.yaml'), 'rules: {}\n');
    client = new TestClient({ capabilities: PULL, workspace: dir, locale: 'en' });
    await client.initialize();
    await client.request('workspace/diagnostic', { previousResultIds: [] });
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('800 changes of .huashu.yaml, one notification each: sent at once, at most two workspace/diagnostic/refresh', async () => {
    const config = uri(join(dir, '.huashu.yaml'));
    const refreshed = client.refreshed();
    writeFileSync(join(dir, '.huashu.yaml'), 'rules: {}\n# changed\n');
    await Promise.all(
      Array.from({ length: 800 }, () =>
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: CHANGED }] }),
      ),
    );
    await refreshed;
    // The re-check that the refresh announced has finished once a workspace report is answered.
    await client.request('workspace/diagnostic', { previousResultIds: [] });
    await client.request('workspace/diagnostic', { previousResultIds: [] });
    expect(client.refreshes).toBeGreaterThanOrEqual(1);
    expect(client.refreshes).toBeLessThanOrEqual(2);
  });
});

describe('coalescing, in process', () => {
  it('100,000 watched-file events on 50 files queued together: one pass over the 50 distinct paths', async () => {
    const passes: number[] = [];
    const watched = createWatchedFiles(
      async (changes) => void passes.push(changes.size),
      (error) => {
        throw error;
      },
    );
    for (let n = 0; n < 100; n++) {
      watched.add(
        Array.from({ length: 1000 }, (_, i) => ({ uri: `file:///ws/f${i % FILES}.script.yaml`, type: CHANGED })),
      );
    }
    await watched.idle();
    expect(passes).toEqual([FILES]);
  });

  it('events arriving during a pass join one next pass; the last event of a path wins', async () => {
    const passes: Array<Array<[string, boolean]>> = [];
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const watched = createWatchedFiles(
      async (changes) => {
        passes.push([...changes].map(([u, c]) => [u, c.deleted]));
        if (passes.length === 1) await blocked;
      },
      (error) => {
        throw error;
      },
    );
    watched.add([{ uri: 'file:///a', type: CHANGED }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let n = 0; n < 1000; n++)
      watched.add([
        { uri: 'file:///b', type: CHANGED },
        { uri: 'file:///a', type: n === 999 ? 3 : CHANGED },
      ]);
    release();
    await watched.idle();
    expect(passes).toEqual([
      [['file:///a', false]],
      [
        ['file:///b', false],
        ['file:///a', true],
      ],
    ]);
  });

  it('1,000 re-check requests during a run: one more run, not 1,000', async () => {
    let runs = 0;
    const recheck = createRecheck(
      async () => void runs++,
      (error) => {
        throw error;
      },
    );
    const first = recheck.request();
    const more = Array.from({ length: 1000 }, () => recheck.request());
    await Promise.all([first, ...more]);
    expect(runs).toBe(2);
  });
});
