import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Options {
  everyMs?: number;
  quietMs?: number;
  capMs?: number;
}
const { settledRss } = createRequire(__filename)(join(__dirname, '..', '..', '..', 'bench', 'memprobe.cjs')) as {
  settledRss(
    read: () => number,
    wait: (ms: number) => Promise<void>,
    options?: Options,
  ): Promise<{ rss: number; waitedMs: number }>;
};

/** A resident set that reads `readings` in turn (then the last one), on a clock of its own. */
function residentSet(readings: number[]) {
  let reads = 0;
  let clock = 0;
  return {
    read: () => readings[Math.min(reads++, readings.length - 1)]!,
    wait: async (ms: number) => {
      clock += ms;
    },
    reads: () => reads,
    clock: () => clock,
  };
}

describe('memory probe: the resident set once the collections have given their pages back', () => {
  it('waits while it falls, and reports it once it has not fallen for the quiet time', async () => {
    const p = residentSet([154, 154, 140, 125, 125]);
    const settled = await settledRss(p.read, p.wait, { everyMs: 5, quietMs: 20, capMs: 1000 });
    expect(settled.rss).toBe(125);
    // The fall ends at the fourth reading (15 ms); then 20 ms without a fall.
    expect(settled.waitedMs).toBe(35);
    expect(p.clock()).toBe(35);
  });

  it('reports at once a resident set that does not fall', async () => {
    const p = residentSet([117]);
    expect(await settledRss(p.read, p.wait, { everyMs: 5, quietMs: 50, capMs: 1000 })).toEqual({
      rss: 117,
      waitedMs: 50,
    });
  });

  it('does not take a rise for a fall: memory taken meanwhile is counted, not waited out', async () => {
    const p = residentSet([120, 130, 130]);
    expect(await settledRss(p.read, p.wait, { everyMs: 5, quietMs: 10, capMs: 1000 })).toEqual({
      rss: 130,
      waitedMs: 10,
    });
  });

  it('stops waiting at the cap, with the last reading, when it keeps falling', async () => {
    const readings = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const p = residentSet(readings);
    const settled = await settledRss(p.read, p.wait, { everyMs: 5, quietMs: 50, capMs: 100 });
    expect(settled).toEqual({ rss: readings[20], waitedMs: 100 });
    expect(p.reads()).toBe(21);
  });
});
