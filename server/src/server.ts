// The Huashu language server: `node dist/server.js --stdio` (also --node-ipc, --socket=N).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

const connection = createConnection(ProposedFeatures.all);
const server = startServer(connection);

// A bug outside any handler is logged and the server keeps serving.
process.on('uncaughtException', (error) => server.logUncaught(error));
process.on('unhandledRejection', (reason) => server.logUncaught(reason));
