import type { Connection } from 'vscode-languageserver';
import { describeError } from '../files/describeError';
import { localize, type Locale } from '../service';
import { serverMessages as M } from './messages';

export { describeError };

/** Logs a failure of `request` to the client's output, in the user's language. */
export function logFailure(connection: Connection, locale: Locale, request: string, error: unknown): void {
  connection.console.error(localize(M.handlerFailed, locale, { request, error: describeError(error) }));
}

/**
 * Wraps a handler so that an exception (thrown or rejected) is logged and the request
 * answers `fallback` instead of failing: one bad request never takes the server down.
 */
export function guarded<A extends unknown[], R>(
  connection: Connection,
  locale: Locale,
  request: string,
  fallback: R,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      logFailure(connection, locale, request, error);
      return fallback;
    }
  };
}
