import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The preview's page under a strict Content Security Policy: nothing from the network, the
 * one script of the extension's own (with a nonce), styles only from the nonce'd block, and
 * WebAssembly compilation for Graphviz (`wasm-unsafe-eval`, which allows no JavaScript eval).
 * Colours come from the VS Code theme, so light, dark and high-contrast themes all read.
 */
export function previewHtml(webview: vscode.Webview, script: vscode.Uri, lang: string): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}' 'wasm-unsafe-eval'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
<div id="status" role="status" hidden></div>
<div id="graph"></div>
<script nonce="${nonce}" src="${webview.asWebviewUri(script).toString()}"></script>
</body>
</html>`;
}

/** Severity colours mixed into the editor background, so every theme keeps its contrast. */
const tint = (variable: string, percent: number) =>
  `color-mix(in srgb, var(${variable}) ${percent}%, var(--vscode-editor-background))`;

const PREVIEW_CSS = `
body { margin: 0; padding: 8px 12px; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); }
#status { position: sticky; top: 0; margin-bottom: 8px; padding: 4px 8px; border-radius: 3px;
  color: var(--vscode-inputValidation-warningForeground, var(--vscode-editor-foreground));
  background: var(--vscode-inputValidation-warningBackground); border: 1px solid var(--vscode-inputValidation-warningBorder); }
#graph { overflow: auto; }
#graph svg { display: block; width: 100%; height: auto; margin: 0 auto; }
svg text { fill: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); }
.node > path, .node > polygon, .node > ellipse { fill: ${tint('--vscode-editorWidget-background', 100)};
  stroke: var(--vscode-editorWidget-border, var(--vscode-contrastBorder, var(--vscode-editor-foreground))); }
.node { cursor: pointer; }
.node:hover > path, .node:focus > path { stroke: var(--vscode-focusBorder); stroke-width: 2; }
.node:focus { outline: none; }
.node.sev-error > path, .node.sev-error > polygon { fill: ${tint('--vscode-editorError-foreground', 22)}; stroke: var(--vscode-editorError-foreground); }
.node.sev-warning > path, .node.sev-warning > polygon { fill: ${tint('--vscode-editorWarning-foreground', 22)}; stroke: var(--vscode-editorWarning-foreground); }
.node.sev-information > path, .node.sev-information > polygon { fill: ${tint('--vscode-editorInfo-foreground', 22)}; stroke: var(--vscode-editorInfo-foreground); }
.node.sev-hint > path, .node.sev-hint > polygon { stroke: var(--vscode-editorHint-foreground, var(--vscode-editorWidget-border)); }
.entry > polygon { fill: ${tint('--vscode-badge-background', 35)}; stroke: var(--vscode-badge-background); }
.edge > path { stroke: var(--vscode-descriptionForeground); }
.edge > polygon { fill: var(--vscode-descriptionForeground); stroke: var(--vscode-descriptionForeground); }
.edge text { fill: var(--vscode-textLink-foreground); }
body.vscode-high-contrast .node > path, body.vscode-high-contrast .node > polygon { fill: var(--vscode-editor-background); stroke-width: 2; }
body.vscode-high-contrast .node.sev-error > path { stroke: var(--vscode-editorError-foreground); stroke-width: 3; }
body.vscode-high-contrast .edge > path { stroke: var(--vscode-contrastBorder, var(--vscode-editor-foreground)); }
`;
