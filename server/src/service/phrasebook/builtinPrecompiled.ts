import type { CompiledPhrasebook } from './compiled';
import { compileBuiltin } from './builtinSources';

/**
 * The built-in phrasebook. From source (tests, tools) it is compiled here; the build
 * (scripts/build.mjs) replaces this module with one that restores the snapshot
 * (./snapshot.ts) it compiled at build time, so a run neither parses nor compiles the YAML.
 */
export function precompiledBuiltin(): CompiledPhrasebook {
  return compileBuiltin();
}
