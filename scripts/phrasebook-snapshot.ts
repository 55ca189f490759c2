// Bundled and run by scripts/build.mjs: the built-in phrasebook, compiled, as JSON.
import { compileBuiltin } from '../server/src/service/phrasebook/builtinSources';
import { toSnapshot } from '../server/src/service/phrasebook/snapshot';

export function snapshotJson(): string {
  return JSON.stringify(toSnapshot(compileBuiltin()));
}
