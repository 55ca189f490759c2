import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** Loads data files (.yaml, .txt) as text, the way the esbuild bundle does. */
const dataAsText = {
  name: 'huashu-data-as-text',
  enforce: 'pre' as const,
  load(id: string) {
    if (/\/server\/data\/.*\.(ya?ml|txt)$/.test(id)) {
      return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
    }
    return null;
  },
};

/**
 * Two projects: `unit` (the service, the CLI, property tests at their default run counts: the
 * inner loop) and `e2e-lsp` (the built server over stdio). `vitest run` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [dataAsText],
        test: {
          name: 'unit',
          include: ['server/test/**/*.test.ts'],
          exclude: ['server/test/e2e/**'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [dataAsText],
        test: {
          name: 'e2e-lsp',
          include: ['server/test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
