import type { Locale } from '../../l10n';
import type { FlowEdgeKind } from '../types';
import { edgeLabel, entryLabel, nodeLabel, SEVERITY_COLORS, severityClass } from './labels';
import type { FlowPicture } from './nodeFindings';

/**
 * Text inside a Mermaid `"…"` label. Every character Mermaid or HTML could read as syntax
 * becomes a numeric entity code (`#34;`), which Mermaid turns back into the character:
 * quotes, `<`, `>`, `&`, `#` itself, backticks (markdown strings) and `|` (edge labels).
 * Brackets and braces are plain text inside quotes and stay as written.
 */
export function mermaidText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ').replace(/["<>&#`|]/g, (c) => `#${c.charCodeAt(0)};`);
}

const label = (lines: string[]) => `"${lines.map(mermaidText).join('<br/>')}"`;

const ARROW: Record<FlowEdgeKind, string> = {
  sequence: '-->',
  next: '==>',
  branch: '-->',
  otherwise: '-.->',
  end: '-.->',
};

/** The flow as a Mermaid flowchart, for README and wiki pages; nodes coloured by worst finding. */
export function toMermaid(picture: FlowPicture, locale: Locale): string {
  const { graph, findings } = picture;
  const out = ['flowchart TD'];
  const classes = new Map<string, number[]>();
  for (const node of graph.nodes) {
    const text = label(nodeLabel(node, findings[node.index], locale));
    out.push(
      node.kind === 'ending' || node.kind === 'closing' ? `  n${node.index}([${text}])` : `  n${node.index}[${text}]`,
    );
    const cls = severityClass(findings[node.index]?.worst);
    classes.set(cls, [...(classes.get(cls) ?? []), node.index]);
  }
  graph.entries.forEach((entry, i) => {
    out.push(`  entry${i}>${label(entryLabel(entry, locale))}] --> n${entry.node}`);
  });
  for (const edge of graph.edges) {
    const text = edgeLabel(edge, locale);
    out.push(`  n${edge.from} ${ARROW[edge.kind]}${text === undefined ? '' : `|"${mermaidText(text)}"|`} n${edge.to}`);
  }
  for (const [cls, nodes] of classes) {
    const { fill, stroke } = SEVERITY_COLORS[cls]!;
    const name = cls.replace('-', '_');
    out.push(`  classDef ${name} fill:${fill},stroke:${stroke},color:#1b1b1b`);
    out.push(`  class ${nodes.map((n) => `n${n}`).join(',')} ${name}`);
  }
  return out.join('\n') + '\n';
}
