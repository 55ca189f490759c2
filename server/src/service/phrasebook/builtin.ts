import type { CompiledPhrasebook } from './compiled';
import { precompiledBuiltin } from './builtinPrecompiled';

let cached: CompiledPhrasebook | undefined;

/** The built-in phrasebook, compiled from the data files shipped with Huashu. */
export function builtinPhrasebook(): CompiledPhrasebook {
  cached ??= precompiledBuiltin();
  return cached;
}
