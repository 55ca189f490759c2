import type {
  CancellationToken,
  CompletionItem,
  CompletionList,
  CompletionParams,
  Connection,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, ScriptModel } from '../service';
import { kindRequested } from '../service/features/codeActions';
import { CompletionLists, type CompletionListSupport } from './completionList';
import { guarded } from './guard';
import type { Lifecycle } from './lifecycle';
import { isScriptDocument, type ParsedDocuments } from './parsedDocuments';
import type { ScriptTarget } from './scriptConfigs';

export interface FeatureOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  parsed: ParsedDocuments;
  target(uri: string): Promise<ScriptTarget>;
  locale: Locale;
  /** What completion lists may leave out. */
  completion: CompletionListSupport;
  /** Refuses requests after `shutdown`. */
  lifecycle: Lifecycle;
}

/** An open script ready for a request; `enable: false` means no fixes either (nothing was reported). */
interface Target extends ScriptTarget {
  uri: string;
  model: ScriptModel;
}

/** Wires the editor features to the service: each handler finds the script and hands the work over. */
export function registerFeatures(options: FeatureOptions): void {
  const { connection, documents, parsed, locale } = options;

  /** The open script at `uri` with its model and settings; undefined when there is none. */
  async function target(uri: string, token: CancellationToken): Promise<Target | undefined> {
    const opened = documents.get(uri);
    if (!opened || !isScriptDocument(opened)) return undefined;
    const target = await options.target(uri);
    const document = documents.get(uri);
    const input = document && parsed.get(document);
    if (!input || !('model' in input) || token.isCancellationRequested) return undefined;
    return { ...target, uri, model: input.model };
  }

  const guard = <A extends unknown[], R>(request: string, fallback: R, handler: (...args: A) => R | Promise<R>) =>
    options.lifecycle.request(guarded(connection, locale, request, fallback, handler));

  const lists = new CompletionLists(options.completion);
  connection.onCompletion(
    guard<[CompletionParams, CancellationToken], CompletionItem[] | CompletionList>(
      'textDocument/completion',
      [],
      async (params, token) => {
        const t = await target(params.textDocument.uri, token);
        return t ? lists.send(t.service.completeList(t.model, params.position, t.settings)) : [];
      },
    ),
  );
  connection.onCompletionResolve(
    options.lifecycle.request((item: CompletionItem) => {
      try {
        return lists.resolve(item);
      } catch {
        return item;
      }
    }),
  );

  connection.onHover(
    guard('textDocument/hover', null, async (params, token) => {
      const t = await target(params.textDocument.uri, token);
      return t ? t.service.hover(t.model, params.position, t.settings) : null;
    }),
  );

  connection.onCodeAction(
    guard('textDocument/codeAction', [], async (params, token) => {
      const t = await target(params.textDocument.uri, token);
      if (!t || !t.enable) return [];
      const actions = t.service.codeActions(
        t.model,
        t.uri,
        params.range,
        params.context.diagnostics,
        t.settings,
        params.context.only,
      );
      return actions.filter((action) => kindRequested(action.kind ?? '', params.context.only));
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', [], async (params, token) => {
      const t = await target(params.textDocument.uri, token);
      return t ? t.service.symbols(t.model, t.settings) : [];
    }),
  );

  connection.onFoldingRanges(
    guard('textDocument/foldingRange', [], async (params, token) => {
      const t = await target(params.textDocument.uri, token);
      return t ? t.service.foldingRanges(t.model) : [];
    }),
  );

  connection.onDefinition(
    guard('textDocument/definition', null, async (params, token) => {
      const t = await target(params.textDocument.uri, token);
      const range = t && t.service.definition(t.model, params.position);
      return range ? { uri: t.uri, range } : null;
    }),
  );

  connection.onReferences(
    guard('textDocument/references', [], async (params, token) => {
      const t = await target(params.textDocument.uri, token);
      if (!t) return [];
      return t.service
        .references(t.model, params.position, params.context.includeDeclaration)
        .map((range) => ({ uri: t.uri, range }));
    }),
  );
}
