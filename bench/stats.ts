/** Small statistics for the benchmark: medians, percentiles, spreads, a log-log fit. */

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at]!;
}

export const median = (values: number[]) => percentile(values, 50);

/** A full collection before each sample (with --expose-gc), so one sample does not pay for another's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median and spread (min–max) of `runs` timings of `fn`, in milliseconds, after a warm-up. */
export function time(
  fn: () => void,
  runs: number,
  warmup = 2,
): { median: number; min: number; max: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs };
}

/** The slope of log(y) against log(x): 1 means linear growth. */
export function logLogSlope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return num / den;
}
