/**
 * The call-flow preview's page: draws the DOT it is sent with Graphviz (WASM, bundled here,
 * loaded only when a preview opens), and tells the extension which node was clicked.
 */
import { instance, type Viz } from '@viz-js/viz';
import type { FromPreview, ToPreview } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: FromPreview): void };

const vscode = acquireVsCodeApi();
const graph = document.getElementById('graph')!;
const status = document.getElementById('status')!;
let viz: Promise<Viz> | undefined;
/** The smallest scale a large picture is shrunk to. */
const MIN_SCALE = 0.6;
/**
 * The DOT to draw next. A large flow takes Graphviz seconds to lay out; pictures that arrive
 * meanwhile are coalesced, so only the newest is drawn once the current one is done.
 */
let pending: string | undefined;
let drawing = false;

async function drawLatest(): Promise<void> {
  if (drawing) return;
  drawing = true;
  try {
    while (pending !== undefined) {
      const dot = pending;
      pending = undefined;
      await draw(dot);
    }
  } finally {
    drawing = false;
  }
}

async function draw(dot: string): Promise<void> {
  viz ??= instance();
  const result = (await viz).render(dot, { format: 'svg' });
  if (result.status !== 'success') {
    vscode.postMessage({ type: 'error', message: result.errors.map((e) => e.message).join('; ') });
    return;
  }
  const svg = new DOMParser().parseFromString(result.output, 'image/svg+xml').documentElement;
  // Fit the panel's width, but never below 60 % of Graphviz's size (then scroll): text stays legible.
  const natural = Number(svg.getAttribute('viewBox')?.split(/\s+/)[2] ?? 0) * (4 / 3);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  if (natural > 0) {
    svg.style.minWidth = `${Math.round(natural * MIN_SCALE)}px`;
    svg.style.maxWidth = `${Math.round(natural)}px`;
  }
  svg.setAttribute('role', 'img');
  for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', [...node.querySelectorAll('text')].map((t) => t.textContent).join(' '));
  }
  graph.replaceChildren(document.importNode(svg, true));
}

/** The FlowNode index of the node an event happened in, from its SVG id `node-<index>`. */
function nodeOf(target: EventTarget | null): number | undefined {
  const node = target instanceof Element ? target.closest('g.node') : null;
  const match = node?.id.match(/^node-(\d+)$/);
  return match ? Number(match[1]) : undefined;
}

graph.addEventListener('click', (event) => {
  const node = nodeOf(event.target);
  if (node !== undefined) vscode.postMessage({ type: 'reveal', node });
});
graph.addEventListener('keydown', (event) => {
  const node = nodeOf(event.target);
  if (node !== undefined && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', node });
  }
});

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
  const message = event.data;
  if (message.type === 'picture') {
    pending = message.dot;
    status.hidden = true;
    drawLatest().catch((error: unknown) => vscode.postMessage({ type: 'error', message: String(error) }));
  } else if (message.type === 'stale') {
    status.textContent = message.message;
    status.hidden = false;
  }
});

vscode.postMessage({ type: 'ready' });
