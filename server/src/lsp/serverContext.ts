import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, ScriptService } from '../service';
import type { ClientSupport } from './capabilities';
import type { SettingsCache } from './documentSettings';
import type { Lifecycle } from './lifecycle';
import type { OpenDiagnostics } from './openDiagnostics';
import type { ParsedDocuments } from './parsedDocuments';
import type { Recheck } from './recheck';
import type { ScriptConfigs } from './scriptConfigs';
import type { WorkspaceDiagnostics } from './workspaceDiagnostics';

/** What the register functions share once the client's capabilities and locale are known. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  parsed: ParsedDocuments;
  service: ScriptService;
  locale: Locale;
  support: ClientSupport;
  /** Diagnostics are pushed (the client does not pull them). */
  push: boolean;
  settings: SettingsCache;
  configs: ScriptConfigs;
  workspace: WorkspaceDiagnostics;
  open: OpenDiagnostics;
  /** Settings or a configuration changed: re-checks everything, coalesced over a burst. */
  recheck: Recheck;
  lifecycle: Lifecycle;
  /** Workspace folders from `initialize`, scanned on `initialized`. */
  initialFolders: string[];
}
