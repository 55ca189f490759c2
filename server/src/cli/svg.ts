import type { Viz } from '@viz-js/viz';

let viz: Promise<Viz> | undefined;

/**
 * DOT drawn as SVG by Graphviz compiled to WebAssembly (`@viz-js/viz`), loaded on first use
 * so `huashu check` never pays for it. Graphviz's warnings about guessed font metrics are
 * expected without system fonts; an error throws.
 */
export async function renderSvg(dot: string): Promise<string> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  const result = (await viz).render(dot, { format: 'svg' });
  if (result.status !== 'success') throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.output;
}
