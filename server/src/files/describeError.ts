/**
 * The one way an error becomes text, for the CLI, the server and the configuration store.
 * - `stack` (for logs): the stack trace when there is one.
 * - `brief` (inside a message): the code of a system error (`ENOENT`, `EACCES`, `ELOOP`),
 *   else `Name: message`.
 */
export function describeError(error: unknown, form: 'stack' | 'brief' = 'stack'): string {
  if (!(error instanceof Error)) return String(error);
  if (form === 'stack') return error.stack ?? `${error.name}: ${error.message}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  return `${error.name}: ${error.message}`;
}
