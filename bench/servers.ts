/**
 * The language servers the benchmark compares, each started and initialized the way an
 * editor would: Huashu, and yaml-language-server given Huashu's JSON schema for the scripts
 * (what the Red Hat YAML extension does with the `yamlValidation` Huashu contributes).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startBenchServer, type BenchServer } from './server';

export interface ServerKind {
  name: string;
  start(root: string, options?: { probe?: boolean }): BenchServer;
  /** `initialize` and `initialized`, with the workspace folder if any. */
  initialize(server: BenchServer, workspaceUri?: string): Promise<void>;
  /**
   * Whether a publish answers the change that made `version`. yaml-language-server does not
   * send versions: with one change in flight per document, its next publish is the answer.
   */
  answers(p: PublishDiagnosticsParams, uri: string, version: number): boolean;
  /** Settings that matter to the figures, for the report. */
  notes: string;
}

/** Completion as VS Code's client (vscode-languageclient 11) declares it, so that lists are what VS Code gets. */
export const VSCODE_COMPLETION = {
  completionItem: {
    snippetSupport: true,
    documentationFormat: ['markdown', 'plaintext'],
    resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
    labelDetailsSupport: true,
  },
  completionList: {
    itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
  },
};

const capabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    publishDiagnostics: { versionSupport: true },
    synchronization: { dynamicRegistration: true },
    completion: VSCODE_COMPLETION,
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

async function initialize(server: BenchServer, workspaceUri?: string): Promise<void> {
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: workspaceUri ?? null,
    workspaceFolders: workspaceUri ? [{ uri: workspaceUri, name: 'bench' }] : null,
    capabilities,
    locale: 'en',
  });
  await server.connection.sendNotification('initialized', {});
}

export const huashuServer: ServerKind = {
  name: 'Huashu',
  start: (root, options = {}) => startBenchServer(root, options),
  initialize,
  answers: (p, uri, version) => p.uri === uri && p.version === version,
  notes: 'default settings; validation runs as soon as a burst of queued edits is handled (no timer)',
};

/** yaml-language-server's fixed validation delay (yamlSettings.validationDelayMs; not a setting). */
export const YLS_DEBOUNCE_MS = 200;

export const yamlLanguageServer: ServerKind = {
  name: 'yaml-language-server',
  start(root, options = {}) {
    const schema = pathToFileURL(join(root, 'schemas', 'script.schema.json')).href;
    const yaml = {
      validate: true,
      completion: true,
      hover: true,
      format: { enable: false },
      schemaStore: { enable: false },
      schemas: { [schema]: ['*.script.yaml', '*.script.yml'] },
    };
    return startBenchServer(root, {
      ...options,
      command: [join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      configuration: (item) => (item.section === 'yaml' ? yaml : {}),
    });
  },
  initialize,
  answers: (p, uri) => p.uri === uri,
  notes:
    `validate, completion and hover on; Huashu's schemas/script.schema.json for *.script.yaml; ` +
    `schema store off; validation delayed ${YLS_DEBOUNCE_MS} ms after each change (fixed)`,
};
