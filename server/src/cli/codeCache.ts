import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * A bundle that the build (scripts/build.mjs) gives a code cache ends with this line and
 * the hash of its text, with no line break after it; the cache file starts with the same
 * line. A rebuilt bundle (`--watch`, another build) no longer matches the cache, which is
 * then not used.
 */
const TRAILER = '\n//# huashu-build=';

/** What became of the cache: used, or why the bundle was compiled from its text. */
export type CodeCacheStatus = 'used' | 'rejected' | 'absent' | 'stale';

/** The first line of a cache file: the trailer of the bundle it was made from. */
function cacheHeader(source: string): string | undefined {
  const at = source.lastIndexOf(TRAILER);
  return at === -1 || source.indexOf('\n', at + 1) !== -1 ? undefined : source.slice(at) + '\n';
}

/** The cached data of `cacheFile`, if it was made from this text of the bundle. */
function readCache(cacheFile: string, header: string | undefined): Buffer | 'absent' | 'stale' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'absent';
  }
  if (header === undefined) return 'stale';
  const length = Buffer.byteLength(header);
  return bytes.toString('latin1', 0, length) === header ? bytes.subarray(length) : 'stale';
}

/** A bundle that has run, and the cache of what it compiled. */
export interface CodeCacheRun {
  status: CodeCacheStatus;
  /** Writes the cache of everything compiled so far (the build calls it once the run on the samples ends). */
  saveCache: () => void;
}

/**
 * Runs a CommonJS bundle as `require` would, but compiled with the V8 code cache in
 * `cacheFile` when there is one made from this very text: a run then neither parses nor
 * compiles the bundle's functions (the compile cache `module.enableCompileCache` does this
 * from Node 22 on; Node 20 has `vm.Script`'s `cachedData`). V8 checks the cache against its
 * own version and flags and rejects it on any difference; the bundle is then compiled as
 * usual. The bundle must not `import()`: a script from a code cache has no module loader
 * in Node 20 (it loads its ES modules' CommonJS builds through `require`).
 */
export function runWithCodeCache(file: string, cacheFile: string): CodeCacheRun {
  const bytes = readFileSync(file);
  // The build writes the bundle in ASCII: read as Latin-1 it is the same text, made in a third
  // of the time UTF-8 decoding takes.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const header = cacheHeader(source);
  const cache = readCache(cacheFile, header);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(typeof cache === 'string' ? {} : { cachedData: cache }),
  });
  const status: CodeCacheStatus = typeof cache === 'string' ? cache : script.cachedDataRejected ? 'rejected' : 'used';
  const saveCache = () => {
    if (header === undefined) return;
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, Buffer.concat([Buffer.from(header, 'latin1'), script.createCachedData()]));
    renameSync(temporary, cacheFile);
  };
  const module = new Module(file, require.main);
  module.filename = file;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return { status, saveCache };
}
