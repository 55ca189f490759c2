/**
 * An error as one line of text: the code of a system error (`ENOENT`, `EACCES`, `ELOOP`),
 * else `Name: message`. With `stack`, the stack trace when there is one, for logs.
 */
export function describeError(error: unknown, detail: 'brief' | 'stack' = 'brief'): string {
  if (!(error instanceof Error)) return String(error);
  if (detail === 'stack') return error.stack ?? `${error.name}: ${error.message}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  return `${error.name}: ${error.message}`;
}
