// For build plugins that compute something at build time by bundling a module from the source
// and running it (the phrasebook snapshot, the data tables).
import { statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

/**
 * Bundles with `options` (an entry point or stdin) into `out`, requires it, and returns what
 * `read` takes from its exports, with the source files it was made from (stdin left out).
 * `out` must be a file of this process only: builds that run at once never read each other's
 * half-written bundle.
 */
export async function runBundled(options, out, read) {
  const result = await esbuild.build({
    ...options,
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
  const value = read(require(out));
  delete require.cache[out];
  await rm(out, { force: true });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => p !== '<stdin>')
    .map((p) => resolve(root, p));
  return { value, inputs };
}

const stampOf = (files) => files.map((f) => `${f}:${statSync(f).mtimeMs}`).join('\n');

/**
 * `make(options)` resolves to `{ inputs, ... }`; the returned function makes it again only when
 * one of those inputs changed (--watch). The build's bundles ask at once: they share one run.
 */
export function keptWhileInputsStay(make) {
  let made;
  let stamp;
  let making;
  return async (options) => {
    if (made && stampOf(made.inputs) === stamp) return made;
    making ??= make(options)
      .then((result) => {
        made = result;
        stamp = stampOf(result.inputs);
        return result;
      })
      .finally(() => {
        making = undefined;
      });
    return making;
  };
}
