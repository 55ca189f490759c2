// Writes the rule lists that derive from the rule registry (scripts/rule-files.ts), then
// bundles the CLI, the language server and the VS Code client with esbuild.
// Data files (character tables) are inlined as text; the built-in phrasebook is compiled
// here and inlined as its compiled snapshot (scripts/precompiledPhrasebook.mjs).
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { genRules } from './gen-rules.mjs';
import { precompiledPhrasebook } from './precompiledPhrasebook.mjs';

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
common.plugins = [precompiledPhrasebook({ ...common })];
const entries = [
  // Graphviz (WASM, about 1.2 MB) loads from node_modules only when `graph --format svg` or `report` draws.
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['@viz-js/viz'] },
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
  );
}
for (const path of await genRules()) console.log(`wrote ${path}`);
const present = entries.filter((e) => e.entryPoints.every((p) => existsSync(p)));

if (watch) {
  for (const e of present) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(present.map((e) => esbuild.build({ ...common, ...e })));
}
