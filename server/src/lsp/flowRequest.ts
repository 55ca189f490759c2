import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../service';
import { flowPicture, toDot, type FlowPicture } from '../service/flow/render';
import { charsPerMinute } from '../service/flow/speakingSettings';
import { diagnose } from './diagnose';
import { guarded } from './guard';
import type { Lifecycle } from './lifecycle';
import { isScriptDocument, type ParsedDocuments } from './parsedDocuments';
import type { ScriptTarget } from './scriptConfigs';

/** The request the call-flow preview sends: the picture of an open script. */
export const FLOW_REQUEST = 'huashu/flow';

export interface FlowParams {
  textDocument: { uri: string };
}

/**
 * The picture of one version of a script: the flow with the findings per node (their worst
 * severity colours the node) and the same as Graphviz DOT in the script's locale.
 * `picture` is null when the script does not parse: the preview keeps its last good one.
 */
export interface FlowResult {
  version: number;
  picture: FlowPicture | null;
  dot: string | null;
}

export interface FlowRequestOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  parsed: ParsedDocuments;
  target(uri: string): Promise<ScriptTarget>;
  locale: Locale;
  lifecycle: Lifecycle;
}

/** Answers `huashu/flow` for open scripts; null for a document that is not an open script. */
export function registerFlowRequest(options: FlowRequestOptions): void {
  const { connection, documents, parsed } = options;
  connection.onRequest(
    FLOW_REQUEST,
    options.lifecycle.request(
      guarded(
        connection,
        options.locale,
        FLOW_REQUEST,
        null,
        async (params: FlowParams, token: CancellationToken): Promise<FlowResult | null> => {
          const opened = documents.get(params.textDocument.uri);
          if (!opened || !isScriptDocument(opened)) return null;
          const target = await options.target(opened.uri);
          const document = documents.get(opened.uri);
          const input = document && parsed.get(document);
          if (!document || !input || token.isCancellationRequested) return null;
          const picture =
            'model' in input
              ? flowPicture(input.model, diagnose(target, input), charsPerMinute(target.settings.speaking))
              : undefined;
          return {
            version: document.version,
            picture: picture ?? null,
            dot: picture ? toDot(picture, target.settings.locale) : null,
          };
        },
      ),
    ),
  );
}
