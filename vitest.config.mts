import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';

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

export default defineConfig({
  plugins: [dataAsText],
  test: {
    include: ['server/test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
