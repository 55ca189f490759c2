/**
 * Huashu and yaml-language-server side by side over LSP, on the same generated scripts and
 * the same edits: a 10,000-line script, clean and with YAML errors (values written
 * `{customer}，…` unquoted, as drafts have them), and completion in a speech value. Runs are
 * interleaved (one round of each server in turn) so that both see the same machine load.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { BenchServer } from './server';
import { huashuServer, yamlLanguageServer, YLS_DEBOUNCE_MS, type ServerKind } from './servers';
import { median, percentile } from './stats';

export interface Latency {
  median: number;
  p99: number;
  /** The lowest and highest of the rounds' medians. */
  roundMedians: [number, number];
  samples: number;
}

export interface ServerFigures {
  server: string;
  notes: string;
  cleanEdit: Latency;
  errorsEdit: Latency;
  completion: Latency & { items: number };
}

/** The script with every `every`-th value that starts with `{customer}` unquoted: a YAML error each. */
export function withUnquotedValues(text: string, every = 10): string {
  let seen = 0;
  return text.replace(/^(\s+(?:agent|customer): )'(\{customer\}[^'\n]*)'$/gm, (whole, key: string, value: string) =>
    seen++ % every === 0 ? `${key}${value}` : whole,
  );
}

interface Session {
  kind: ServerKind;
  server: BenchServer;
  docs: Map<string, TextDocument>;
}

async function open(session: Session, name: string, text: string): Promise<TextDocument> {
  const uri = `file:///nonexistent/huashu-bench/${name}.script.yaml`;
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const done = session.server.waitFor(uri, (p) => session.kind.answers(p, uri, 1), 300_000);
  void session.server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: session.kind === huashuServer ? 'huashu' : 'yaml', version: 1, text },
  });
  await done;
  session.docs.set(name, doc);
  return doc;
}

/** `count` edits one after another in the middle line, typing a character then deleting it: ms to the diagnostics of each. */
async function edits(session: Session, doc: TextDocument, count: number): Promise<number[]> {
  const lines = doc.getText().split('\n');
  const middle = lines.findIndex((l, i) => i >= lines.length / 2 && /^\s+agent: [^|>'"{]/.test(l));
  const end = lines[middle]!.length;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = { line: middle, character: end };
    const change =
      doc.getText({ start: at, end: { line: middle, character: end + 1 } }) === '好'
        ? { range: { start: at, end: { line: middle, character: end + 1 } }, text: '' }
        : { range: { start: at, end: at }, text: '好' };
    const version = doc.version + 1;
    TextDocument.update(doc, [change], version);
    const done = session.server.waitFor(
      `${doc.uri}@${version}`,
      (p) => session.kind.answers(p, doc.uri, version),
      60_000,
    );
    const start = process.hrtime.bigint();
    void session.server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version },
      contentChanges: [change],
    });
    await done;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** `count` completion requests at the end of a speech value in the middle of the script. */
async function completions(
  session: Session,
  doc: TextDocument,
  count: number,
): Promise<{ times: number[]; items: number }> {
  const lines = doc.getText().split('\n');
  const line = lines.findIndex((l, i) => i >= lines.length / 2 && /^\s+agent: [^|>'"{]/.test(l));
  const position = { line, character: lines[line]!.length };
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const result = (await session.server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: doc.uri },
      position,
    })) as { items?: unknown[] } | unknown[] | null;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    items = Array.isArray(result) ? result.length : (result?.items?.length ?? 0);
  }
  return { times, items };
}

function latency(rounds: number[][]): Latency {
  const all = rounds.flat();
  const medians = rounds.map(median);
  return {
    median: median(all),
    p99: percentile(all, 99),
    roundMedians: [Math.min(...medians), Math.max(...medians)],
    samples: all.length,
  };
}

export interface CompareOptions {
  root: string;
  /** The clean script (10,000 lines in `npm run bench`). */
  script: string;
  rounds: number;
  editsPerRound: number;
  completionsPerRound: number;
  /** Servers to run; Huashu alone unless yaml-language-server is asked for. */
  servers?: ServerKind[];
}

export async function compareFigures(options: CompareOptions): Promise<ServerFigures[]> {
  const kinds = options.servers ?? [huashuServer];
  const sessions: Session[] = [];
  try {
    for (const kind of kinds) {
      const server = kind.start(options.root);
      sessions.push({ kind, server, docs: new Map() });
      await kind.initialize(server);
    }
    const errors = withUnquotedValues(options.script);
    const docs = [];
    for (const session of sessions) {
      docs.push({ clean: await open(session, 'clean', options.script), errors: await open(session, 'errors', errors) });
    }
    const times = sessions.map(() => ({
      clean: [] as number[][],
      errors: [] as number[][],
      completion: [] as number[][],
    }));
    const items = sessions.map(() => 0);
    for (let round = 0; round < options.rounds; round++) {
      for (const [i, session] of sessions.entries()) {
        times[i]!.clean.push(await edits(session, docs[i]!.clean, options.editsPerRound));
        times[i]!.errors.push(await edits(session, docs[i]!.errors, options.editsPerRound));
        const c = await completions(session, docs[i]!.clean, options.completionsPerRound);
        times[i]!.completion.push(c.times);
        items[i] = c.items;
      }
    }
    return sessions.map((session, i) => ({
      server: session.kind.name,
      notes: session.kind.notes,
      cleanEdit: latency(times[i]!.clean),
      errorsEdit: latency(times[i]!.errors),
      completion: { ...latency(times[i]!.completion), items: items[i]! },
    }));
  } finally {
    for (const session of sessions) await session.server.close();
  }
}

export { YLS_DEBOUNCE_MS, yamlLanguageServer };
