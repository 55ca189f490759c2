// An esbuild plugin: the built-in phrasebook compiled at build time. The module
// server/src/service/phrasebook/builtinPrecompiled.ts, which compiles the phrasebook's YAML
// when run from source, becomes one that restores the compiled snapshot (its two JSON texts,
// snapshotTexts in snapshot.ts), so that a run neither parses nor compiles the YAML. The snapshot is made by bundling and running
// scripts/phrasebook-snapshot.ts, again whenever one of its inputs changes (--watch).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { keptWhileInputsStay } from './keptWhileInputsStay.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const generator = join(root, 'scripts', 'phrasebook-snapshot.ts');
// One file per process: builds that run at once (a test's build beside the developer's) never
// read each other's half-written snapshot.
const out = join(root, 'dist', 'build', `phrasebook-snapshot-${process.pid}.cjs`);

const snapshot = keptWhileInputsStay(make);

async function make(options) {
  const result = await esbuild.build({
    ...options,
    entryPoints: [generator],
    outfile: out,
    sourcemap: false,
    minify: false,
    metafile: true,
    write: false,
  });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, result.outputFiles[0].text);
  const require = createRequire(import.meta.url);
  delete require.cache[out];
  const json = require(out).snapshotJson();
  delete require.cache[out];
  await rm(out, { force: true });
  const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(root, p));
  return { json, inputs };
}

/** `options`: the esbuild options the generator is bundled with (loaders, target). */
export function precompiledPhrasebook(options) {
  return {
    name: 'precompiled-phrasebook',
    setup(build) {
      build.onLoad({ filter: /[\\/]service[\\/]phrasebook[\\/]builtinPrecompiled\.ts$/ }, async (args) => {
        const { json, inputs } = await snapshot(options);
        return {
          contents: [
            "import { fromSnapshotTexts } from './snapshot';",
            `const texts = ${json};`,
            'export function precompiledBuiltin() {',
            '  return fromSnapshotTexts(texts);',
            '}',
          ].join('\n'),
          loader: 'ts',
          resolveDir: dirname(args.path),
          watchFiles: inputs,
        };
      });
    },
  };
}
