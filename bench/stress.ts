/**
 * The language server under stress, as figures: time and memory of the storm of 10,000 edits
 * and of 1,100 documents opened and closed (server/test/e2e/stress.test.ts checks that the
 * results are right; this measures what they cost).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rng } from './generate';
import { startBenchServer } from './server';
import { storm } from './storm';

export interface MemoryFigure {
  ms: number;
  beforeMB: number;
  afterMB: number;
  peakMB: number;
}

export async function stressFigures(root: string): Promise<{
  storm: MemoryFigure & { edits: number; requests: number };
  openClose: MemoryFigure & { documents: number };
}> {
  const server = startBenchServer(root);
  const { connection, waitFor } = server;
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      locale: 'en',
    });
    await connection.sendNotification('initialized', {});

    // The storm: the same edits, in the same order, with a completion and a hover every 50 edits.
    const uri = 'untitled:storm.script.yaml';
    const start = readFileSync(join(root, 'samples', 'complaint.script.yaml'), 'utf8');
    const doc = TextDocument.create(uri, 'huashu', 1, start);
    const opened = waitFor('the storm document', (p) => p.uri === uri && p.version === 1);
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'huashu', version: 1, text: start },
    });
    await opened;
    const stormBefore = server.memory().rssMB;
    const random = rng(20260101);
    const stormStart = process.hrtime.bigint();
    const answers: Promise<unknown>[] = [];
    let version = 1;
    for (const edit of storm(doc, random)) {
      version++;
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [edit],
      });
      if (version % 50 === 0) {
        const position = doc.positionAt(Math.floor(random() * (doc.getText().length + 1)));
        answers.push(connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }));
        answers.push(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }));
      }
    }
    const last = version;
    const settled = waitFor('the last storm version', (p) => p.uri === uri && p.version === last);
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await Promise.allSettled(answers);
    await settled;
    const stormMs = Number(process.hrtime.bigint() - stormStart) / 1e6;
    const stormAfter = server.memory();
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

    // 1,000 documents opened and closed in batches of 100, then 100 opened and closed at once.
    const text = 'script: 测试\ngreeting: 您好，真烦人\nclosing: 再见\n';
    const openBefore = server.memory().rssMB;
    const openStart = process.hrtime.bigint();
    const uriOf = (i: number) =>
      i % 2 ? `untitled:Untitled-${i}.script.yaml` : `file:///nonexistent/huashu-bench/doc-${i}.script.yaml`;
    for (let batch = 0; batch < 10; batch++) {
      const uris = Array.from({ length: 100 }, (_, j) => uriOf(batch * 100 + j));
      const checked = Promise.all(uris.map((u) => waitFor(u, (p) => p.uri === u && p.version === 1)));
      for (const u of uris)
        void connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: u, languageId: 'huashu', version: 1, text },
        });
      await checked;
      const cleared = Promise.all(uris.map((u) => waitFor(u, (p) => p.uri === u && p.diagnostics.length === 0)));
      for (const u of uris) void connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
      await cleared;
    }
    const quick = Array.from({ length: 100 }, (_, i) => `untitled:Quick-${i}.script.yaml`);
    const quickCleared = Promise.all(quick.map((u) => waitFor(u, (p) => p.uri === u && p.diagnostics.length === 0)));
    for (const u of quick) {
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: u, languageId: 'huashu', version: 1, text },
      });
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    }
    await quickCleared;
    const openMs = Number(process.hrtime.bigint() - openStart) / 1e6;
    const openAfter = server.memory();

    return {
      storm: {
        edits: last - 1,
        requests: answers.length + 1,
        ms: stormMs,
        beforeMB: stormBefore,
        afterMB: stormAfter.rssMB,
        peakMB: stormAfter.peakMB,
      },
      openClose: {
        documents: 1100,
        ms: openMs,
        beforeMB: openBefore,
        afterMB: openAfter.rssMB,
        peakMB: openAfter.peakMB,
      },
    };
  } finally {
    await server.close();
  }
}
