// What a build plugin makes from input files (a bundle run once at build time), kept until one
// of those inputs changes (--watch). The build's bundles ask for it at once: they share one run.
import { statSync } from 'node:fs';

const stampOf = (files) => files.map((f) => `${f}:${statSync(f).mtimeMs}`).join('\n');

/** `make(options)` resolves to `{ inputs, ... }`; the returned function makes it again only when an input changed. */
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
