// Writes the rule lists that derive from the rule registry (scripts/rule-files.ts), then
// bundles the CLI, the language server and the VS Code client with esbuild.
// Data files are inlined as text; the built-in phrasebook is compiled here and inlined as its
// compiled snapshot (scripts/precompiledPhrasebook.mjs), and the tables derived from the data
// (character folds, ...) as literals (scripts/precomputedTables.mjs).
// The CLI bundle gets a V8 code cache, made by running it once on the samples (see
// server/src/cli/codeCache.ts): the `huashu` command then starts without compiling it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { genRules } from './gen-rules.mjs';
import { precompiledPhrasebook } from './precompiledPhrasebook.mjs';
import { precomputedTables } from './precomputedTables.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  // Chinese data as UTF-8 text, not \uXXXX escapes: about a quarter smaller bundles.
  charset: 'utf8',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  loader: { '.yaml': 'text', '.txt': 'text' },
  logLevel: 'warning',
  // ESM-only dependencies read import.meta.url; give the CommonJS bundle a real one.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};
common.plugins = [precompiledPhrasebook({ ...common }), precomputedTables({ ...common })];
const entries = [
  // Graphviz (WASM, about 1.2 MB) loads from node_modules only when `graph --format svg` or `report` draws.
  // The `huashu` command: a small launcher that runs cliMain.js with its code cache.
  { entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js' },
  // In ASCII (\uXXXX escapes): its launcher reads it as one-byte text, without decoding UTF-8 on every run.
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cliMain.js',
    external: ['@viz-js/viz'],
    charset: 'ascii',
    codeCache: true,
  },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cliWorker.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The call-flow preview's page, with Graphviz: a file of its own, loaded only when a preview opens.
  {
    entryPoints: ['client/src/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    banner: {},
    define: {},
  },
];
if (process.argv.includes('--bench')) {
  entries.push(
    { entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js' },
    { entryPoints: ['bench/parseOnly.ts'], outfile: 'dist/bench/parseOnly.js' },
    { entryPoints: ['bench/echoServer.ts'], outfile: 'dist/bench/echoServer.js' },
  );
}
for (const path of await genRules()) console.log(`wrote ${path}`);
const present = entries.filter((e) => e.entryPoints.every((p) => existsSync(p)));

/** Writes a file whole, as one rename: a build running beside this one never reads it half-written. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** `text` with every UTF-16 unit past ASCII written as a \uXXXX escape. */
function escapeNonAscii(text) {
  return text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Builds a bundle that gets a code cache: it ends with a line naming the hash of its text,
 * which the cache repeats (server/src/cli/codeCache.ts), so that a cache never serves
 * another text of the bundle.
 */
async function buildForCodeCache(options) {
  const result = await esbuild.build({ ...options, write: false });
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) {
      writeAtomically(file.path, file.contents);
      continue;
    }
    // esbuild's ASCII output still keeps the characters of regular expression literals (and
    // comments) as written; a \uXXXX escape means the same there, also in a `u` expression.
    const text = options.charset === 'ascii' ? escapeNonAscii(file.text) : file.text;
    const hash = createHash('sha256').update(text).digest('hex');
    writeAtomically(file.path, `${text}\n//# huashu-build=${hash}`);
  }
}

/** Runs the CLI once on the samples with HUASHU_CODE_CACHE=write: the cache holds what a check compiles. */
function makeCodeCache() {
  if (!existsSync('samples')) {
    console.warn('no samples/ folder: the CLI gets no code cache and compiles its bundle on every run');
    return;
  }
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'samples', '--format', 'json', '--jobs', '1'], {
    env: { ...process.env, HUASHU_CODE_CACHE: 'write' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  // 1: the all-rules sample has errors, as it should.
  if (run.status !== 0 && run.status !== 1) throw new Error(`making the CLI's code cache failed:\n${run.stderr}`);
  if (!existsSync('dist/cliMain.cache')) throw new Error("the CLI's run on the samples wrote no code cache");
}

if (watch) {
  // A bundle rebuilt on watch has no code cache: its launcher compiles it.
  for (const e of present) {
    const options = { ...common, ...e };
    delete options.codeCache;
    await (await esbuild.context(options)).watch();
  }
} else {
  await Promise.all(
    present.map(({ codeCache, ...e }) =>
      codeCache ? buildForCodeCache({ ...common, ...e }) : esbuild.build({ ...common, ...e }),
    ),
  );
  if (present.some((e) => e.codeCache)) makeCodeCache();
}
