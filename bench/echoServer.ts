/**
 * The floor for completion latency: a language server on the same JSON-RPC stack that does no
 * work at all. It answers every completion with the list read from the file it is given, which
 * the benchmark fills with the list Huashu sent at the same place; what is left is the time to
 * write, send and read that list over stdio on this machine.
 */
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures, type CompletionList } from 'vscode-languageserver/node';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: echoServer.js LIST.json --stdio\n');
  process.exit(2);
}
const list = JSON.parse(readFileSync(file, 'utf8')) as CompletionList;
const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
connection.onInitialize(() => ({ capabilities: { completionProvider: { resolveProvider: true } } }));
connection.onCompletion(() => list);
connection.listen();
