// An esbuild plugin: tables derived from the data files, computed at build time. Each module of
// TABLES exports one function that computes its table from the data files when run from source
// (tests, tools); the build replaces the module with one that returns what that function
// returned here, as a literal, so that a run reads the table with a cheap loop instead of
// parsing and deriving it on every start. The data stays in server/data/; only its derived form
// is built here, again whenever one of its inputs changes (--watch). A table must be JSON:
// strings, numbers, arrays and plain objects (test: precomputedTables.test.ts).
import { dirname, join, resolve } from 'node:path';
import { keptWhileInputsStay, runBundled } from './buildTimeModule.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** The modules replaced, and the function each exports. */
export const TABLES = [
  { module: 'server/src/service/text/foldData.ts', name: 'foldData' },
  { module: 'server/src/service/text/s2tData.ts', name: 's2tData' },
  { module: 'server/src/service/tone/toneData.ts', name: 'toneData' },
  { module: 'server/src/service/rules/wordListsData.ts', name: 'wordListsData' },
];

// One file per process: builds that run at once never read each other's half-written generator.
const out = join(root, 'dist', 'build', `tables-${process.pid}.cjs`);

const tables = keptWhileInputsStay(make);

async function make(options) {
  const contents = TABLES.map(({ module, name }) => `export { ${name} } from ${JSON.stringify(join(root, module))};`);
  const { value: values, inputs } = await runBundled(
    { ...options, stdin: { contents: contents.join('\n'), resolveDir: root, loader: 'ts' } },
    out,
    (generator) =>
      new Map(TABLES.map(({ module, name }) => [resolve(root, module), JSON.stringify(generator[name]())])),
  );
  return { values, inputs };
}

/** The module that replaces `module`: its function returns the table computed at build time. */
function precomputedModule(name, json) {
  return [`const table = ${json};`, `export function ${name}() {`, '  return table;', '}'].join('\n');
}

/** `options`: the esbuild options the table modules are bundled with at build time (loaders, target). */
export function precomputedTables(options) {
  const byPath = new Map(TABLES.map((t) => [resolve(root, t.module), t]));
  return {
    name: 'precomputed-tables',
    setup(build) {
      const names = TABLES.map((t) => t.module.split('/').pop().replace('.', '\\.'));
      build.onLoad({ filter: new RegExp(`[\\\\/](${names.join('|')})$`) }, async (args) => {
        const table = byPath.get(resolve(args.path));
        if (!table) return undefined;
        const { values, inputs } = await tables(options);
        return {
          contents: precomputedModule(table.name, values.get(resolve(args.path))),
          loader: 'ts',
          resolveDir: dirname(args.path),
          watchFiles: inputs,
        };
      });
    },
  };
}
