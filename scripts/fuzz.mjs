// `npm run fuzz -- --runs 6000 --edits 100000 [--seed N]`: every property test with a long run.
// Runs server/test/fuzz.test.ts and every server/test/**/*.property.test.ts (the edit
// harness, the parse-cache edit property, ...), each property with FUZZ_RUNS runs from
// FUZZ_SEED. fast-check prints the seed and the shrunk counterexample of any failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2).filter((a) => a !== '--');
const value = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = value('--runs', '10000');
const seed = value('--seed', String(Date.now() % 2 ** 31));
// The parse-cache property counts single edits (FUZZ_EDITS), the others count runs (scripts).
const edits = value('--edits', runs);
if (!/^\d+$/.test(runs) || !/^\d+$/.test(seed) || !/^\d+$/.test(edits)) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--edits N] [--seed N]\n');
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
function* propertyTests(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* propertyTests(path);
    else if (entry.name.endsWith('.property.test.ts')) yield relative(root, path);
  }
}
const files = ['server/test/fuzz.test.ts', ...[...propertyTests(join(root, 'server', 'test'))].sort()];

process.stdout.write(
  `fuzz: ${runs} runs per property, ${edits} parse-cache edits, seed ${seed}\n${files.map((f) => `  ${f}\n`).join('')}`,
);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', ...files, '--testTimeout', '0', '--hookTimeout', '0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_EDITS: edits, FUZZ_SEED: seed },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (result.status !== 0)
  process.stdout.write(
    `fuzz: failed after ${seconds} s with seed ${seed} (re-run: npm run fuzz -- --runs ${runs} --seed ${seed})\n`,
  );
else process.stdout.write(`fuzz: passed in ${seconds} s (seed ${seed})\n`);
process.exit(result.status ?? 1);
