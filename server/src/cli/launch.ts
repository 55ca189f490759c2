/**
 * The `huashu` command: runs the CLI bundle (main.ts, built as cliMain.js) with the code
 * cache the build made for it, so that a run does not parse and compile two megabytes of
 * JavaScript first. Kept small: this file itself is compiled on every run.
 */
import { join } from 'node:path';
import { runWithCodeCache } from './codeCache';

const { saveCache } = runWithCodeCache(join(__dirname, 'cliMain.js'), join(__dirname, 'cliMain.cache'));
// The build runs the CLI once on the samples this way (scripts/build.mjs), and checks that the
// cache was written: a run never fails for want of a cache.
if (process.env.HUASHU_CODE_CACHE === 'write') {
  process.once('exit', () => {
    try {
      saveCache();
    } catch {
      // A folder that cannot be written (a read-only install): the bundle is compiled as before.
    }
  });
}
