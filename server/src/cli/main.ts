import { join } from 'node:path';
import { describeError } from '../files/describeError';
import { runCli } from './run';
import { visible } from './visibleText';

/**
 * Streams whose reader has gone, as in `huashu check | head -1`: the rest of the output is
 * dropped quietly and the run ends with its own exit code. Any other write error (a full
 * disk) loses output, so the run then exits 2.
 */
const closed = new Set<NodeJS.WriteStream>();
const write = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!closed.has(stream)) stream.write(text);
};
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed.add(stream);
    if (error.code === 'EPIPE') return;
    process.exitCode = 2;
    write(process.stderr)(`huashu: ${visible(describeError(error, 'brief'))}\n`);
  });
}

/** An unexpected failure: its one-line description, then the stack frames, each a line of visible text. */
function reportCrash(error: unknown): void {
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  write(process.stderr)([`huashu: ${describeError(error, 'brief')}`, ...frames].map(visible).join('\n') + '\n');
}

/** Standard input as UTF-8 text. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  readStdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  // Built beside this bundle by scripts/build.mjs.
  workerScript: join(__dirname, 'cliWorker.js'),
}).then(
  (code) => {
    process.exitCode = process.exitCode || code;
    exitOnceWritten();
  },
  (error: unknown) => {
    reportCrash(error);
    process.exitCode = 2;
    exitOnceWritten();
  },
);

/**
 * Ends the run as soon as everything written has reached its streams. A check of a large
 * script leaves V8 marking and sweeping its heap on background threads; left to itself, Node
 * waits for that work before it exits, which only the process's memory would gain.
 */
function exitOnceWritten(): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}
