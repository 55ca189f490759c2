/** Language-server figures: edit-to-diagnostics latency, completion latency, memory. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBenchServer, type BenchServer } from './server';
import { VSCODE_COMPLETION } from './servers';
import { median, percentile } from './stats';

interface Options {
  root: string;
  workspace: string;
  script: string;
  edits: number;
}

export async function lspFigures({ root, workspace, script, edits }: Options) {
  const server = startBenchServer(root, { probe: true });
  const { connection, published, waitFor } = server;
  let echo: BenchServer | undefined;
  try {
    const workspaceUri = pathToFileURL(workspace).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: VSCODE_COMPLETION,
        },
      },
      locale: 'en',
    });
    const scanStart = Date.now();
    const scanned = waitFor(
      'scan',
      () => [...published].filter((u) => u.startsWith(workspaceUri)).length >= 1000,
      300_000,
    );
    void connection.sendNotification('initialized', {});
    await scanned;
    const scanMs = Date.now() - scanStart;
    const memoryMB = server.memory().rssMB;
    /** What the scan keeps: memory after full collections. */
    const settled = await server.settledMemory();

    const uri = pathToFileURL(join(workspace, 'zz-bench-open.script.yaml')).href;
    let version = 1;
    const opened = waitFor('open', (p) => p.uri === uri && p.version === 1);
    void connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'huashu', version, text: script },
    });
    await opened;

    // The floor, measured beside Huashu: a server that answers with the list Huashu sends at the
    // greeting (the edits below are in the middle of the script and do not change it).
    const greetingLine = script.split('\n').findIndex((l) => l.startsWith('greeting:'));
    const atGreeting = { textDocument: { uri }, position: { line: greetingLine, character: 'greeting: '.length } };
    const sentList = join(workspace, 'zz-bench-completion.json');
    writeFileSync(sentList, JSON.stringify(await connection.sendRequest('textDocument/completion', atGreeting)));
    echo = startBenchServer(root, { command: [join(root, 'dist', 'bench', 'echoServer.js'), sentList, '--stdio'] });
    await echo.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });

    const middle = Math.floor(script.split('\n').length / 2);
    const line = script.split('\n')[middle]!;
    const editTimes: number[] = [];
    for (let i = 0; i < edits; i++) {
      version++;
      const insert = i % 2 === 0;
      const at = { line: middle, character: line.length };
      const change = insert
        ? { range: { start: at, end: at }, text: '好' }
        : { range: { start: at, end: { line: middle, character: line.length + 1 } }, text: '' };
      const v = version;
      const done = waitFor(`edit${v}`, (p) => p.uri === uri && p.version === v, 30_000);
      const start = process.hrtime.bigint();
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [change],
      });
      await done;
      editTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }

    // As an editor asks while typing: the completion 10 ms after the edit (VS Code's quick-suggestion
    // delay), when the edit's validation is due; it should not wait behind that validation.
    const lines = script.split('\n');
    const speech = lines.findIndex((l, i) => i >= middle && /^\s+agent: [^|>'"{]/.test(l));
    const speechEnd = lines[speech]!.length;
    const typingTimes: number[] = [];
    for (let i = 0; i < edits; i++) {
      version++;
      const insert = i % 2 === 0;
      const at = { line: speech, character: speechEnd };
      const change = insert
        ? { range: { start: at, end: at }, text: '好' }
        : { range: { start: at, end: { line: speech, character: speechEnd + 1 } }, text: '' };
      const v = version;
      const done = waitFor(`typing${v}`, (p) => p.uri === uri && p.version === v, 30_000);
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [change],
      });
      await new Promise((resolve) => setTimeout(resolve, 10));
      const start = process.hrtime.bigint();
      await connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position: { line: speech, character: speechEnd + (insert ? 1 : 0) },
      });
      typingTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
      await done;
    }

    // Completion at the greeting, 200 times, each followed by the same request to the floor server.
    // The client first collects its own garbage (the edits' diagnostics), so that its collections
    // do not land on the figures.
    (globalThis as { gc?: () => void }).gc?.();
    const completionTimes: number[] = [];
    const floorTimes: number[] = [];
    let items = 0;
    for (let i = 0; i < 200; i++) {
      let start = process.hrtime.bigint();
      const result = (await connection.sendRequest('textDocument/completion', atGreeting)) as
        { items?: unknown[] } | unknown[] | null;
      completionTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
      items = Array.isArray(result) ? result.length : (result?.items?.length ?? 0);
      start = process.hrtime.bigint();
      await echo.connection.sendRequest('textDocument/completion', atGreeting);
      floorTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return {
      workspaceScanMs: scanMs,
      memoryMB,
      settledMemory: settled,
      editToDiagnostics: { median: median(editTimes), p99: percentile(editTimes, 99), edits },
      completion: { median: median(completionTimes), p99: percentile(completionTimes, 99), requests: 200, items },
      /** The same list sent by a server that does nothing else (bench/echoServer.ts). */
      completionFloor: { median: median(floorTimes), p99: percentile(floorTimes, 99), requests: 200 },
      completionWhileTyping: { median: median(typingTimes), p99: percentile(typingTimes, 99), requests: edits },
    };
  } finally {
    await echo?.close();
    await server.close();
  }
}
