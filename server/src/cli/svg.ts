import type { Viz } from '@viz-js/viz';
import { lazyModule } from './lazyModule';

/**
 * Graphviz compiled to WebAssembly (`@viz-js/viz`), loaded on first use so `huashu check`
 * never pays for it: through `require` (its CommonJS build), as the CLI bundle runs from a
 * code cache, where `import()` has no loader (./codeCache.ts).
 */
const vizModule = lazyModule<typeof import('@viz-js/viz')>('@viz-js/viz');

let viz: Promise<Viz> | undefined;

/**
 * DOT drawn as SVG by Graphviz. Graphviz's warnings about guessed font metrics are expected
 * without system fonts; an error throws.
 */
export async function renderSvg(dot: string): Promise<string> {
  viz ??= vizModule().instance();
  const result = (await viz).render(dot, { format: 'svg' });
  if (result.status !== 'success') throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.output;
}
