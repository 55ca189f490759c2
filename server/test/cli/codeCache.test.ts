import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithCodeCache } from '../../src/cli/codeCache';
import { bin, ROOT, tempDir } from './cliRun';

/** A bundle that counts its runs on globalThis and leaves there what `require`, `__dirname` and `module` gave it. */
const bundle = (key: string, hash: string | undefined, value = 'first') =>
  [
    `globalThis[${JSON.stringify(key)}] = (globalThis[${JSON.stringify(key)}] ?? 0) + 1;`,
    'const self = this === module.exports;',
    `module.exports = { value: ${JSON.stringify(value)} };`,
    `globalThis[${JSON.stringify(key + 'Seen')}] = { dir: __dirname, file: __filename, sep: require('node:path').sep, value: module.exports.value, self };`,
  ].join('\n') + (hash === undefined ? '\n' : `\n//# huashu-build=${hash}`);

const runs = (key: string) => (globalThis as Record<string, unknown>)[key];

describe('a bundle run with its code cache', () => {
  it('runs without a cache, then with the cache it saved', () => {
    const dir = tempDir();
    const file = join(dir, 'main.js');
    const cache = join(dir, 'main.cache');
    writeFileSync(file, bundle('codeCacheA', 'aa11'));
    const first = runWithCodeCache(file, cache);
    expect(first.status).toBe('absent');
    expect(runs('codeCacheA')).toBe(1);
    first.saveCache();
    expect(readFileSync(cache, 'latin1').startsWith('\n//# huashu-build=aa11\n')).toBe(true);
    expect(runWithCodeCache(file, cache).status).toBe('used');
    expect(runs('codeCacheA')).toBe(2);
  });

  it('does not use a cache made from another text of the bundle, and runs the new text', () => {
    const dir = tempDir();
    const file = join(dir, 'main.js');
    const cache = join(dir, 'main.cache');
    writeFileSync(file, bundle('codeCacheB', 'bb11'));
    runWithCodeCache(file, cache).saveCache();
    // Same length, other hash and other code: V8's own check (the length of the text) would pass it.
    writeFileSync(file, bundle('codeCacheB', 'bb22', 'other'));
    expect(runWithCodeCache(file, cache).status).toBe('stale');
    expect(runs('codeCacheB')).toBe(2);
    // A bundle the build did not mark (a --watch build) has no cache either.
    writeFileSync(file, bundle('codeCacheB', undefined));
    expect(runWithCodeCache(file, cache).status).toBe('stale');
    expect(runs('codeCacheB')).toBe(3);
  });

  it('compiles the bundle when V8 rejects the cache', () => {
    const dir = tempDir();
    const file = join(dir, 'main.js');
    const cache = join(dir, 'main.cache');
    writeFileSync(file, bundle('codeCacheC', 'cc11'));
    writeFileSync(cache, Buffer.concat([Buffer.from('\n//# huashu-build=cc11\n', 'latin1'), Buffer.alloc(64, 7)]));
    expect(runWithCodeCache(file, cache).status).toBe('rejected');
    expect(runs('codeCacheC')).toBe(1);
  });

  it('gives the bundle its own module, require, __filename and __dirname, as require would', () => {
    const dir = tempDir();
    const file = join(dir, 'main.js');
    writeFileSync(file, bundle('codeCacheD', 'dd11', 'mine'));
    runWithCodeCache(file, join(dir, 'main.cache'));
    expect(runs('codeCacheDSeen')).toEqual({ dir, file, sep: '/', value: 'mine', self: true });
  });
});

describe('the text of a bundle', () => {
  it('is read as UTF-8 when it is not ASCII, and as the same text when it is', () => {
    const dir = tempDir();
    for (const [key, value] of [
      ['codeCacheE', '服务忌语 “你自己去问问吧” 😀'],
      ['codeCacheF', 'plain ASCII'],
    ] as const) {
      const file = join(dir, `${key}.js`);
      writeFileSync(file, bundle(key, 'ee11', value));
      runWithCodeCache(file, join(dir, `${key}.cache`));
      expect((runs(`${key}Seen`) as { value: string }).value).toBe(value);
    }
  });
});

describe('the code cache of the built CLI', () => {
  it('belongs to a bundle written in ASCII, which its launcher reads without decoding UTF-8', () => {
    const text = readFileSync(join(ROOT, 'dist', 'cliMain.js'));
    expect(isAscii(text)).toBe(true);
    // Escaped, the messages and the data still say what they said.
    expect(text.toString('latin1')).toContain('\\u670d\\u52a1');
  });

  it('is made by the build and accepted by this Node', () => {
    const main = join(ROOT, 'dist', 'cliMain.js');
    const cache = join(ROOT, 'dist', 'cliMain.cache');
    expect(existsSync(cache)).toBe(true);
    // A plain node, as a user runs the CLI: the test runner's own flags do not apply.
    const probe = [
      "const { readFileSync } = require('node:fs');",
      "const Module = require('node:module');",
      "const vm = require('node:vm');",
      `const source = readFileSync(${JSON.stringify(main)}, 'utf8');`,
      `const bytes = readFileSync(${JSON.stringify(cache)});`,
      "const header = source.slice(source.lastIndexOf('\\n//# huashu-build=')) + '\\n';",
      "if (bytes.toString('latin1', 0, header.length) !== header) throw new Error('the cache names another bundle');",
      'const script = new vm.Script(Module.wrap(source), { filename: "x", cachedData: bytes.subarray(header.length) });',
      'process.stdout.write(String(script.cachedDataRejected));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });
});

describe('the built huashu command, run with its code cache', () => {
  it('draws SVG with Graphviz, which it loads on first use, and says nothing else', () => {
    const r = bin(['graph', join('samples', 'callback.script.yaml'), '--format', 'svg']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml[^]*<svg[^]*<\/svg>\s*$/);
  });
});
