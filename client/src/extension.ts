import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_NODE_ARGS } from '../../server/src/lsp/serverProcess';
import { createRestartPolicy } from './errorHandler';
import { registerFlowPreview } from './flowPreview';

/** Scripts, and the team configurations that change how they are checked. */
const WATCHED = ['**/*.script.{yaml,yml}', '**/.huashu.{yaml,yml}'];

let client: LanguageClient | undefined;

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** Starts the Huashu language server (dist/server.js over Node IPC) for call scripts. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Huashu', { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: SERVER_ENV, execArgv: [...SERVER_NODE_ARGS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { env: SERVER_ENV, execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] },
    },
  };

  const restart = async () => {
    if (!client) return;
    policy.reset();
    if (client.needsStop()) await client.restart();
    else await client.start();
  };
  const policy = createRestartPolicy(output, restart);
  const watchers = WATCHED.map((glob) => vscode.workspace.createFileSystemWatcher(glob));

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'huashu' },
      { scheme: 'untitled', language: 'huashu' },
    ],
    synchronize: { fileEvents: watchers },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: policy,
    initializationFailedHandler: (error: unknown) => {
      output.error(`${vscode.l10n.t('The Huashu language server failed to start.')} ${describe(error)}`);
      const showOutput = vscode.l10n.t('Show Output');
      void vscode.window
        .showErrorMessage(
          vscode.l10n.t('The Huashu language server failed to start. See the output for details.'),
          showOutput,
        )
        .then((choice) => {
          if (choice === showOutput) output.show(true);
        });
      return false;
    },
  };

  client = new LanguageClient('huashu', vscode.l10n.t('Huashu Language Server'), serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    ...watchers,
    registerFlowPreview(context, () => client),
    vscode.commands.registerCommand('huashu.restartServer', async () => {
      try {
        await restart();
      } catch (error) {
        output.error(describe(error));
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Could not restart the Huashu language server. See the output for details.'),
        );
      }
    }),
  );
  try {
    await client.start();
  } catch (error) {
    output.error(describe(error));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
