// Step logging with timings, and a hard deadline for the whole run.
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one named step, logging its start, its duration, and its failure. */
export async function step(name, fn) {
  const t = Date.now();
  console.log(`▶ ${name}`);
  try {
    const result = await fn();
    console.log(`✔ ${name} (${seconds(Date.now() - t)})`);
    return result;
  } catch (error) {
    console.log(`✘ ${name} (${seconds(Date.now() - t)})`);
    throw error;
  }
}

export function info(message) {
  console.log(`  ${message}`);
}

export function elapsed() {
  return seconds(Date.now() - started);
}

/** A failed check: the message says what was expected and what was seen. */
export class CheckFailed extends Error {}

export function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}
