// The Huashu language server: `node dist/server.js --stdio` (also --node-ipc, --socket=N).
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FramingGuard } from './lsp/framing';
import { SERVER_V8_FLAGS } from './lsp/serverProcess';
import { startServer } from './lsp/startServer';

for (const flag of SERVER_V8_FLAGS) setFlagsFromString(flag);

/** The running server, once started; framing errors can arrive before it is. */
const running: { server?: ReturnType<typeof startServer> } = {};

/** Over stdio, messages pass through the framing guard, so a lying Content-Length costs one message, not the session. */
function stdioConnection(): Connection {
  const input = process.stdin.pipe(new FramingGuard((error) => running.server?.logFramingError(error)));
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  // As vscode-languageserver does for --stdio: stray console output must not corrupt stdout.
  console.log = connection.console.log.bind(connection.console);
  console.info = connection.console.info.bind(connection.console);
  console.warn = connection.console.warn.bind(connection.console);
  console.error = connection.console.error.bind(connection.console);
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
running.server = startServer(connection);

// A bug outside any handler is logged and the server keeps serving.
process.on('uncaughtException', (error) => running.server?.logUncaught(error));
process.on('unhandledRejection', (reason) => running.server?.logUncaught(reason));
