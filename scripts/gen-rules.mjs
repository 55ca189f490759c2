// Writes the rule lists that derive from the rule registry (scripts/rule-files.ts).
// `node scripts/gen-rules.mjs` writes them; with `--check` it writes nothing, names the files
// that are out of date, and exits 1 if there are any.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the generator (the rules are TypeScript) and runs it; returns the files that changed. */
export async function genRules({ check = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'huashu-gen-rules-'));
  try {
    const outfile = join(dir, 'gen-rules.cjs');
    await esbuild.build({
      entryPoints: [join(root, 'scripts', 'rule-files.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      loader: { '.yaml': 'text', '.txt': 'text' },
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile).writeRuleFiles(root, check);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const changed = await genRules({ check });
  for (const path of changed) console.log(check ? `out of date: ${path}` : `wrote ${path}`);
  if (check && changed.length > 0) {
    console.log('Run `npm run gen:rules` and commit the result.');
    process.exitCode = 1;
  }
}
