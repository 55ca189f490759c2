import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';

/** Restarts within this window count towards the limit. */
const WINDOW_MS = 3 * 60 * 1000;

export interface RestartPolicy extends ErrorHandler {
  /** Forgets past crashes (after a restart the user asked for). */
  reset(): void;
}

/**
 * Restarts a crashed server up to `maxRestarts` times in three minutes, then stops and tells
 * the user, offering the output and a restart. Connection errors are tolerated three times in a row.
 */
export function createRestartPolicy(
  output: vscode.LogOutputChannel,
  restart: () => Promise<void>,
  maxRestarts = 4,
): RestartPolicy {
  let crashes: number[] = [];
  return {
    error(_error, _message, count) {
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    },
    closed() {
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < WINDOW_MS), now];
      if (crashes.length <= maxRestarts) return { action: CloseAction.Restart };
      const showOutput = vscode.l10n.t('Show Output');
      const restartNow = vscode.l10n.t('Restart Server');
      void vscode.window
        .showErrorMessage(
          vscode.l10n.t(
            'The Huashu language server stopped {0} times in 3 minutes and was not restarted.',
            crashes.length,
          ),
          showOutput,
          restartNow,
        )
        .then((choice) => {
          if (choice === showOutput) output.show(true);
          if (choice === restartNow) void restart();
        });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
    reset() {
      crashes = [];
    },
  };
}
