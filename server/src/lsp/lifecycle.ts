import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/**
 * The server's lifecycle as LSP defines it: after `shutdown` every request but `exit` is an
 * InvalidRequest error; `exit` ends the process (code 0 after `shutdown`, 1 without), which
 * vscode-languageserver does once `onExit` returns.
 */
export interface Lifecycle {
  /** Wraps a request handler so that it is refused after `shutdown`. */
  request<A extends unknown[], R>(handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R>;
}

export function registerLifecycle(connection: Connection): Lifecycle {
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  return {
    request:
      (handler) =>
      async (...args) => {
        if (shutdown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down');
        return handler(...args);
      },
  };
}
