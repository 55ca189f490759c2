import { TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageVersion, rulesDocUrl } from '../packageRoot';
import { createScriptService, localize, toLocale, type Locale } from '../service';
import { clientSupport, serverCapabilities } from './capabilities';
import { createSettingsCache } from './documentSettings';
import { registerFeatures } from './features';
import { registerFlowRequest } from './flowRequest';
import { registerSpeaking } from './registerSpeaking';
import type { FramingError } from './framing';
import { describeError, logFailure } from './guard';
import { registerLifecycle, type Lifecycle } from './lifecycle';
import { serverMessages as M } from './messages';
import { createOpenDiagnostics } from './openDiagnostics';
import { createParsedDocuments } from './parsedDocuments';
import { boundParses } from './boundedParses';
import { createRecheck } from './recheck';
import { createRequestGate, type RequestGate } from './requestGate';
import { registerConfiguration } from './registerConfiguration';
import { registerDocuments } from './registerDocuments';
import { folderPaths, registerWorkspaceScan } from './registerWorkspaceScan';
import { createScriptConfigs } from './scriptConfigs';
import { withBaseline } from './baseline';
import type { ServerContext } from './serverContext';
import { uriKey } from './workspaceFiles';
import { createWorkspaceDiagnostics } from './workspaceDiagnostics';

/** Wraps a request handler as `lifecycle` does, and so that validations wait while it runs. */
function requestsFirst(requests: RequestGate, lifecycle: Lifecycle): Lifecycle['request'] {
  return (handler) => requests.track(lifecycle.request(handler));
}

/** Builds what the handlers share from `initialize`: the client's capabilities and locale. */
function createContext(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  base: Pick<ServerContext, 'lifecycle' | 'initialFolders'>,
  requests: RequestGate,
  locale: Locale,
  capabilities: Parameters<typeof clientSupport>[0],
): ServerContext {
  const docsUrl = rulesDocUrl();
  const service = createScriptService({ docsUrl });
  const parsed = boundParses(createParsedDocuments());
  const support = clientSupport(capabilities);
  const push = !support.pullDiagnostics;
  const settings = createSettingsCache(connection, locale, support.configuration);
  const configs = withBaseline(createScriptConfigs(settings, locale, docsUrl, service), settings);
  const isOpen = (key: string) => documents.all().some((d) => uriKey(d.uri) === key);
  const workspace = createWorkspaceDiagnostics({ connection, settings, configs, locale, push, isOpen });
  const open = createOpenDiagnostics({
    connection,
    documents,
    parsed,
    target: (uri) => configs.target(uri),
    requests,
    afterPublish: () => workspace.publishConfigProblems(),
    onError: (error) => logFailure(connection, locale, 'diagnostics', error),
  });
  const recheck = createRecheck(
    async () => {
      open.invalidate();
      if (push) for (const document of documents.all()) open.schedule(document.uri);
      else if (support.refreshDiagnostics) await connection.languages.diagnostics.refresh();
      await workspace.recheck();
    },
    (error) => logFailure(connection, locale, 'recheck', error),
  );
  return {
    connection,
    documents,
    parsed,
    service,
    locale,
    support,
    push,
    settings,
    configs,
    workspace,
    open,
    recheck,
    ...base,
  };
}

/**
 * Wires a connection to the Huashu language service: the lifecycle, documents and their
 * diagnostics, settings and watched files, the workspace scan and the editor features.
 * Returns the logger for failures outside any handler.
 */
export function startServer(connection: Connection): {
  logUncaught(error: unknown): void;
  logFramingError(error: FramingError): void;
} {
  const documents = new TextDocuments(TextDocument);
  const lifecycle = registerLifecycle(connection);
  let locale: Locale = 'en';

  connection.onInitialize((params): InitializeResult => {
    locale = toLocale(params.locale);
    const initialFolders = folderPaths(
      params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []),
    );
    const requests = createRequestGate();
    const ctx = createContext(
      connection,
      documents,
      { lifecycle, initialFolders },
      requests,
      locale,
      params.capabilities,
    );
    registerDocuments(ctx);
    registerConfiguration(ctx);
    registerWorkspaceScan(ctx);
    const features = {
      connection,
      documents,
      parsed: ctx.parsed,
      target: (uri: string) => ctx.configs.target(uri),
      locale,
      completion: ctx.support.completion,
      // The editor's requests are answered before any validation starts.
      lifecycle: { request: requestsFirst(requests, lifecycle) },
    };
    registerFeatures(features);
    registerSpeaking(features);
    registerFlowRequest({ ...ctx, target: features.target, locale, lifecycle: features.lifecycle });
    return {
      capabilities: serverCapabilities(ctx.support),
      serverInfo: { name: 'huashu-language-server', version: packageVersion() },
    };
  });

  documents.listen(connection);
  connection.listen();
  return {
    logFramingError(error) {
      connection.console.error(localize(M.framing, locale, { reason: localize(M[error], locale) }));
    },
    logUncaught(error) {
      const line = localize(M.uncaught, locale, { error: describeError(error) });
      try {
        connection.console.error(line);
      } catch {
        process.stderr.write(`${line}\n`);
      }
    },
  };
}
