import { describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
// @ts-expect-error: the build's plugin is plain JavaScript
import { precomputedTables, TABLES } from '../../scripts/precomputedTables.mjs';

// The build replaces each module of TABLES with the table its function computed at build time
// (scripts/precomputedTables.mjs). The bundled module must return exactly what the function
// computes from the data files at run time.

const root = resolve(__dirname, '../..');
const options = {
  bundle: true,
  charset: 'utf8' as const,
  platform: 'node' as const,
  target: 'node20',
  format: 'cjs' as const,
  loader: { '.yaml': 'text' as const, '.txt': 'text' as const },
  logLevel: 'silent' as const,
};

/** The module as the build bundles it, loaded. */
async function bundled(module: string): Promise<Record<string, () => unknown>> {
  const result = await esbuild.build({
    ...options,
    plugins: [precomputedTables({ ...options })],
    entryPoints: [resolve(root, module)],
    write: false,
  });
  const text = result.outputFiles[0]!.text;
  const exports: Record<string, () => unknown> = {};
  const mod = { exports };
  new Function('module', 'exports', 'require', text)(mod, exports, require);
  return mod.exports;
}

describe('the tables the build computes ahead of time', () => {
  const tables = TABLES as { module: string; name: string }[];

  it('lists modules that exist, each exporting its function', async () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const { module, name } of tables) {
      const source = (await import(resolve(root, module))) as Record<string, unknown>;
      expect(typeof source[name], module).toBe('function');
    }
  });

  for (const { module, name } of tables) {
    it(`bundles ${module} as the very table computed from the data at run time`, async () => {
      const source = (await import(resolve(root, module))) as Record<string, () => unknown>;
      const built = await bundled(module);
      const expected = source[name]!();
      expect(built[name]!()).toEqual(expected);
      // Nothing of the computation is left: the bundled module is the literal alone.
      expect(JSON.stringify(built[name]!())).toBe(JSON.stringify(expected));
    });
  }
});
