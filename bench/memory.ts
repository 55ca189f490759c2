/**
 * The language server's memory in the writer's real state: 1,000 scripts open, then 10,000
 * edits spread across them, then all of them closed. Memory is read after full collections,
 * once V8 has given back the pages they freed (bench/memprobe.cjs), so it is what the server
 * holds, not garbage it has yet to collect or pages it is still unmapping.
 */
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateScript, rng } from './generate';
import type { SettledMemory } from './server';
import { huashuServer, type ServerKind } from './servers';

export interface MemoryOptions {
  root: string;
  /** Huashu unless told. */
  server?: ServerKind;
  files: number;
  edits: number;
  seed: number;
  /** Writes heap snapshots after opening, after the edits and after closing, into this folder. */
  snapshots?: string;
}

export type Stage = SettledMemory & { peakMB: number };

export interface MemoryFigures {
  files: number;
  edits: number;
  /** Each after full collections, with the peak resident memory so far. */
  start: Stage;
  afterOpen: Stage;
  afterEdits: Stage;
  afterClose: Stage;
  editsMs: number;
  /** RSS after the edits over RSS after opening (goal ≤ 1.2). */
  growth: number;
}

/** Text typed into a value, then removed again by the next edit to the same document. */
const TYPED = ['好', '真烦人', '{customer}', '，请稍等', '我不知道', 'X'];

/** Edits sent before waiting for their diagnostics: a burst across different documents. */
const BURST = 50;

export async function memoryFigures(options: MemoryOptions): Promise<MemoryFigures> {
  const { root, files, edits, seed } = options;
  const kind = options.server ?? huashuServer;
  const server = kind.start(root, { probe: true });
  const { connection, waitFor } = server;
  /** Memory at a stage; then its heap snapshot when asked for (writing one costs memory). */
  const stage = async (name: string): Promise<Stage> => {
    const settled = { ...(await server.settledMemory()), peakMB: server.memory().peakMB };
    if (options.snapshots) await server.heapSnapshot(join(options.snapshots, `${name}.heapsnapshot`));
    return settled;
  };
  try {
    await kind.initialize(server);
    const start = await stage('start');

    const docs = Array.from({ length: files }, (_, i) => {
      const uri = `file:///nonexistent/huashu-bench/memory-${i}.script.yaml`;
      return TextDocument.create(uri, 'huashu', 1, generateScript(100 + (i % 5) * 50, seed + i));
    });
    for (let from = 0; from < docs.length; from += 100) {
      const batch = docs.slice(from, from + 100);
      const checked = Promise.all(batch.map((d) => waitFor(d.uri, (p) => kind.answers(p, d.uri, 1))));
      for (const d of batch)
        void connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: d.uri, languageId: 'huashu', version: 1, text: d.getText() },
        });
      await checked;
    }
    const afterOpen = await stage('after-open');

    // Each document alternates: text typed at the end of a speech line, then removed.
    const random = rng(seed);
    const typed = new Map<TextDocument, { line: number; character: number; length: number }>();
    const editsStart = process.hrtime.bigint();
    for (let sent = 0; sent < edits;) {
      const burst = new Set<TextDocument>();
      while (burst.size < Math.min(BURST, edits - sent)) burst.add(docs[Math.floor(random() * docs.length)]!);
      const published: Promise<void>[] = [];
      for (const doc of burst) {
        const pending = typed.get(doc);
        let change;
        if (pending) {
          typed.delete(doc);
          const start = { line: pending.line, character: pending.character };
          change = {
            range: { start, end: { line: pending.line, character: pending.character + pending.length } },
            text: '',
          };
        } else {
          const line = speechLine(doc, random);
          const character = doc
            .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
            .replace(/\n$/, '').length;
          const text = TYPED[Math.floor(random() * TYPED.length)]!;
          typed.set(doc, { line, character, length: text.length });
          change = { range: { start: { line, character }, end: { line, character } }, text };
        }
        const version = doc.version + 1;
        TextDocument.update(doc, [change], version);
        published.push(waitFor(`${doc.uri}@${version}`, (p) => kind.answers(p, doc.uri, version)));
        void connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: doc.uri, version },
          contentChanges: [change],
        });
        sent++;
      }
      await Promise.all(published);
    }
    const editsMs = Number(process.hrtime.bigint() - editsStart) / 1e6;
    const afterEdits = await stage('after-edits');

    for (let from = 0; from < docs.length; from += 100) {
      const batch = docs.slice(from, from + 100);
      const cleared = Promise.all(
        batch.map((d) => waitFor(d.uri, (p) => p.uri === d.uri && p.diagnostics.length === 0)),
      );
      for (const d of batch)
        void connection.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
      await cleared;
    }
    const afterClose = await stage('after-close');
    return {
      files,
      edits,
      start,
      afterOpen,
      afterEdits,
      afterClose,
      editsMs,
      growth: afterEdits.rssMB / afterOpen.rssMB,
    };
  } finally {
    await server.close();
  }
}

/** A random line of the document that holds an agent's or a customer's words on one line. */
function speechLine(doc: TextDocument, random: () => number): number {
  const lines = doc.getText().split('\n');
  for (;;) {
    const line = Math.floor(random() * lines.length);
    if (/^\s+(agent|customer): [^|>]/.test(lines[line]!)) return line;
  }
}
