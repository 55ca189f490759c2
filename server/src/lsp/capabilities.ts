import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../service';
import type { CompletionListSupport } from './completionList';

/** What the client can do, as far as this server cares. */
export interface ClientSupport {
  /** LSP 3.17 pull diagnostics; otherwise diagnostics are pushed. */
  pullDiagnostics: boolean;
  refreshDiagnostics: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  watcherRegistration: boolean;
  workspaceFolders: boolean;
  /** What completion lists may leave out. */
  completion: CompletionListSupport;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const workspace = capabilities.workspace;
  const completion = capabilities.textDocument?.completion;
  const defaults = completion?.completionList?.itemDefaults;
  return {
    pullDiagnostics: !!capabilities.textDocument?.diagnostic,
    refreshDiagnostics: !!workspace?.diagnostics?.refreshSupport,
    configuration: !!workspace?.configuration,
    configurationRegistration: !!workspace?.didChangeConfiguration?.dynamicRegistration,
    watcherRegistration: !!workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workspaceFolders: !!workspace?.workspaceFolders,
    completion: {
      editRange: !!defaults?.includes('editRange'),
      dataDefault: !!defaults?.includes('data'),
      resolveDetail: !!completion?.completionItem?.resolveSupport?.properties?.includes('detail'),
    },
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: ['{', ':', ' ', '-'], resolveProvider: true },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    inlayHintProvider: true,
    codeLensProvider: { resolveProvider: false },
    ...(support.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'huashu', interFileDependencies: false, workspaceDiagnostics: true } }
      : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
