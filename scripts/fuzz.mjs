// `npm run fuzz -- --runs 100000 [--seed N]`: the property tests with a long run.
// fast-check prints the seed and the shrunk counterexample of any failure.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const value = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = value('--runs', '10000');
const seed = value('--seed', String(Date.now() % 2 ** 31));
process.stdout.write(`fuzz: ${runs} runs per property, seed ${seed}\n`);
const result = spawnSync('npx', ['vitest', 'run', 'server/test/fuzz.test.ts', '--testTimeout', '0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
if (result.status !== 0) process.stdout.write(`fuzz: failed with seed ${seed} (re-run: npm run fuzz -- --runs ${runs} --seed ${seed})\n`);
process.exit(result.status ?? 1);
