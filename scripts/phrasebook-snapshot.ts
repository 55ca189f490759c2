// Bundled and run by scripts/build.mjs: the built-in phrasebook, compiled, as the texts the bundle ships.
import { compileBuiltin } from '../server/src/service/phrasebook/builtinSources';
import { snapshotTexts, toSnapshot } from '../server/src/service/phrasebook/snapshot';

export function snapshotJson(): string {
  return JSON.stringify(snapshotTexts(toSnapshot(compileBuiltin())));
}
