/** Files above which a run shows its progress. */
export const PROGRESS_THRESHOLD = 200;

/**
 * A progress line for a long run, rewritten in place on standard error: only on a terminal
 * (not when piped, not in CI logs, where every rewrite would be a line). Returns the update
 * and the function that clears the line when the run is done.
 */
export function progressLine(
  total: number,
  io: { stderr: (text: string) => void; stderrIsTTY?: boolean; env: Record<string, string | undefined> },
  label: (done: number, total: number) => string,
): { update: (done: number) => void; done: () => void } {
  const shown = total > PROGRESS_THRESHOLD && io.stderrIsTTY === true && !io.env.CI;
  if (!shown) return { update: () => undefined, done: () => undefined };
  const every = Math.max(1, Math.floor(total / 100));
  return {
    update: (done) => {
      if (done % every === 0 || done === total) io.stderr(`\r\u001b[K${label(done, total)}`);
    },
    done: () => io.stderr('\r\u001b[K'),
  };
}
