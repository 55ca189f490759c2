import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FlowResult } from '../../server/src/lsp/flowRequest';
import { previewHtml } from './flowPreviewHtml';
import type { FromPreview, ToPreview } from './webview/messages';

/** The request of server/src/lsp/flowRequest.ts (named here so the client bundles none of the server). */
const FLOW_REQUEST = 'huashu/flow';
/** How long the writer may pause typing before the picture is redrawn. */
const DEBOUNCE_MS = 300;

/**
 * "Huashu: Show call flow": a preview beside the script, drawn by the page in dist/webview
 * (Graphviz as WASM, loaded only then). It follows the edits, keeps its last good picture
 * while the script does not parse, and a click on a node reveals its turn.
 */
export function registerFlowPreview(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): vscode.Disposable {
  const previews = new Map<string, FlowPreview>();
  const show = (uri?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const document = uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
      : editor?.document;
    if (!document || document.languageId !== 'huashu') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a call script to show its call flow.'));
      return;
    }
    const key = document.uri.toString();
    const existing = previews.get(key);
    if (existing) return existing.reveal();
    const column = editor?.document === document ? editor.viewColumn : vscode.ViewColumn.One;
    const preview = new FlowPreview(context, document, column ?? vscode.ViewColumn.One, client, () =>
      previews.delete(key),
    );
    previews.set(key, preview);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('huashu.showFlow', (uri?: vscode.Uri) => show(uri)),
    vscode.workspace.onDidChangeTextDocument((e) => previews.get(e.document.uri.toString())?.schedule()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('huashu')) for (const preview of previews.values()) preview.schedule();
    }),
    { dispose: () => [...previews.values()].forEach((p) => p.dispose()) },
  );
}

class FlowPreview {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last picture drawn: what a click on a node refers to. */
  private shown: FlowResult | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private disposed = false;
  /** Counts requests, so an older answer arriving late is dropped. */
  private requested = 0;

  constructor(
    context: vscode.ExtensionContext,
    private readonly document: vscode.TextDocument,
    private readonly sourceColumn: vscode.ViewColumn,
    private readonly client: () => LanguageClient | undefined,
    private readonly onDispose: () => void,
  ) {
    const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    const name = document.uri.path.split('/').pop() ?? '';
    this.panel = vscode.window.createWebviewPanel(
      'huashu.flow',
      vscode.l10n.t('Call flow: {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [root] },
    );
    this.panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'images', 'flow-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'images', 'flow-dark.svg'),
    };
    this.panel.webview.html = previewHtml(
      this.panel.webview,
      vscode.Uri.joinPath(root, 'preview.js'),
      vscode.env.language,
    );
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage((m: FromPreview) => this.receive(m), undefined, this.disposables);
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Redraws once the writer pauses. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    const client = this.client();
    if (!this.ready || !client?.isRunning()) return;
    const request = ++this.requested;
    let result: FlowResult | null;
    try {
      result = await client.sendRequest<FlowResult | null>(FLOW_REQUEST, {
        textDocument: { uri: client.code2ProtocolConverter.asUri(this.document.uri) },
      });
    } catch (error) {
      client.error(vscode.l10n.t('Could not draw the call flow.'), error);
      return;
    }
    if (request !== this.requested) return;
    if (result?.picture && result.dot) {
      this.shown = result;
      this.post({ type: 'picture', dot: result.dot });
    } else {
      const message = this.document.isClosed
        ? vscode.l10n.t('The script is closed: this is its last picture.')
        : this.shown
          ? vscode.l10n.t('The script does not parse: this is its last good picture.')
          : vscode.l10n.t('The script does not parse: fix it to see its call flow.');
      this.post({ type: 'stale', message });
    }
  }

  private receive(message: FromPreview): void {
    if (message.type === 'ready') {
      this.ready = true;
      void this.update();
    } else if (message.type === 'reveal') {
      void this.revealNode(message.node);
    } else if (message.type === 'error') {
      this.client()?.error(vscode.l10n.t('Could not draw the call flow.'), message.message);
    }
  }

  /** Selects the node's turn in the script's editor (opening it in its column if needed). */
  private async revealNode(index: number): Promise<void> {
    const node = this.shown?.picture?.graph.nodes[index];
    if (!node || this.document.isClosed) return;
    const range = new vscode.Range(
      this.document.positionAt(node.selectStart),
      this.document.positionAt(node.selectEnd),
    );
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    await vscode.window.showTextDocument(this.document, {
      viewColumn: visible?.viewColumn ?? this.sourceColumn,
      selection: range,
      preserveFocus: false,
    });
    vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: ToPreview): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
