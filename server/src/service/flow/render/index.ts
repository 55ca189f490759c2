export { flowPicture } from './flowPicture';
export { nodeFindings, type FlowPicture, type NodeFindings, type SeverityLevel } from './nodeFindings';
export { toDot, dotString } from './dot';
export { toMermaid, mermaidText } from './mermaid';
export { buildReport, type ReportScript, type ReportOptions } from './report';
export { escapeHtml, inlineSvg } from './html';
export { nodeLabel, firstWords } from './labels';
