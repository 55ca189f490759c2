// An esbuild plugin: the built-in phrasebook compiled at build time. The module
// server/src/service/phrasebook/builtinPrecompiled.ts, which compiles the phrasebook's YAML
// when run from source, becomes one that restores the compiled snapshot (its two JSON texts,
// snapshotTexts in snapshot.ts), so that a run neither parses nor compiles the YAML. The snapshot is made by bundling and running
// scripts/phrasebook-snapshot.ts, again whenever one of its inputs changes (--watch).
import { dirname, join, resolve } from 'node:path';
import { keptWhileInputsStay, runBundled } from './buildTimeModule.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const generator = join(root, 'scripts', 'phrasebook-snapshot.ts');
// One file per process: builds that run at once (a test's build beside the developer's) never
// read each other's half-written snapshot.
const out = join(root, 'dist', 'build', `phrasebook-snapshot-${process.pid}.cjs`);

const snapshot = keptWhileInputsStay(make);

async function make(options) {
  const { value: json, inputs } = await runBundled({ ...options, entryPoints: [generator] }, out, (generated) =>
    generated.snapshotJson(),
  );
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
