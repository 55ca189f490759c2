import type { Locale } from '../../l10n';
import type { FlowEdgeKind } from '../types';
import { displayWidth, edgeLabel, entryLabel, nodeLabel, SEVERITY_COLORS, severityClass, wideCount } from './labels';
import type { FlowPicture } from './nodeFindings';

/** Text inside a DOT double-quoted string: backslashes and quotes escaped, no line breaks. */
export function dotString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\u2028\u2029]/g, ' ')}"`;
}

/** Label lines as one DOT string, centred lines joined by `\n`. */
const dotLabel = (lines: string[]) => `"${lines.map((l) => dotString(l).slice(1, -1)).join('\\n')}"`;

const NODE_FONT_SIZE = 11;

/**
 * Graphviz without system fonts (the WASM build) measures any non-ASCII character as a space,
 * so Chinese labels would overflow their boxes: each node gets its width from the label, and
 * an edge label gets the missing width as spaces on both sides.
 */
const nodeWidth = (lines: string[]) => (Math.max(...lines.map(displayWidth)) * NODE_FONT_SIZE + 18) / 72;
const padded = (label: string) => {
  const pad = ' '.repeat(Math.ceil(wideCount(label) * 1.5));
  return pad + label + pad;
};

const EDGE_STYLE: Record<FlowEdgeKind, string> = {
  sequence: '',
  next: ', style=bold',
  branch: '',
  otherwise: ', style=dashed',
  end: ', style=dotted',
};

/**
 * The flow as Graphviz DOT. Node ids are `n<index>` and their SVG ids `node-<index>`, so a
 * picture can say which node was clicked; entry points are `entry<i>`. Every node carries a
 * class by its worst finding (`sev-error` …), which a theme can restyle.
 */
export function toDot(picture: FlowPicture, locale: Locale): string {
  const { graph, findings } = picture;
  const out = [
    'digraph flow {',
    '  graph [rankdir=TB, nodesep=0.3, ranksep=0.35, bgcolor="transparent", fontname="Helvetica"];',
    `  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=${NODE_FONT_SIZE}, margin="0.12,0.06"];`,
    '  edge [fontname="Helvetica", fontsize=10, arrowsize=0.7];',
  ];
  for (const node of graph.nodes) {
    const cls = severityClass(findings[node.index]?.worst);
    const { fill, stroke } = SEVERITY_COLORS[cls]!;
    const lines = nodeLabel(node, findings[node.index], locale);
    const shape = node.kind === 'ending' || node.kind === 'closing' ? ', peripheries=2' : '';
    out.push(
      `  n${node.index} [id="node-${node.index}", class="${cls} kind-${node.kind}", label=${dotLabel(lines)}, width=${nodeWidth(lines).toFixed(2)}, fillcolor="${fill}", color="${stroke}"${shape}];`,
    );
  }
  graph.entries.forEach((entry, i) => {
    const lines = entryLabel(entry, locale);
    out.push(
      `  entry${i} [id="entry-${i}", class="entry", shape=cds, style=filled, fillcolor="#e8e8e8", color="#616161", label=${dotLabel(lines)}, width=${(nodeWidth(lines) + 0.3).toFixed(2)}];`,
      `  entry${i} -> n${entry.node} [class="entry-edge"];`,
    );
  });
  for (const edge of graph.edges) {
    const label = edgeLabel(edge, locale);
    out.push(
      `  n${edge.from} -> n${edge.to} [class="edge-${edge.kind}"${label === undefined ? '' : `, label=${dotString(padded(label))}`}${EDGE_STYLE[edge.kind]}];`,
    );
  }
  out.push('}');
  return out.join('\n') + '\n';
}
