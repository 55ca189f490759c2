import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isScriptFile, ParseCache, parseScript, type ScriptModel } from '../service';
import { checkFailure, textProblem, type TextProblem } from './scriptText';
import { uriToPath } from './workspaceFiles';

/** An open document as the service sees it: its model, or why it is not checked. */
export type ParsedDocument = { version: number; model: ScriptModel } | { version: number; problem: TextProblem };

/** Whether an open document is a call script: by its language, or by its file name. */
export function isScriptDocument(document: TextDocument): boolean {
  return document.languageId === 'huashu' || isScriptFile(uriToPath(document.uri) ?? document.uri);
}

/**
 * Parses each open document once per text, so diagnostics and features share the model.
 * The model is kept while the version and the text are both the same: a client that sends a
 * change with a version it already used still gets it parsed. Each document keeps a parse
 * cache: an edit re-parses only the pieces of the script it touched.
 * A model is valid until the next parse of its document, so callers use it without awaiting.
 */
export interface ParsedDocuments {
  /** The parsed document, or undefined when it is not a script. */
  get(document: TextDocument): ParsedDocument | undefined;
  forget(uri: string): void;
}

export function createParsedDocuments(): ParsedDocuments {
  /** The last parse of each document, with the text it was made from. */
  const cache = new Map<string, { parsed: ParsedDocument; text: string }>();
  const parseCaches = new Map<string, ParseCache>();
  function parseCacheOf(uri: string): ParseCache {
    let parseCache = parseCaches.get(uri);
    if (!parseCache) parseCaches.set(uri, (parseCache = new ParseCache()));
    return parseCache;
  }

  /** The model of a text, or why there is none: too large, binary, or a parse that threw. */
  function parse(uri: string, version: number, text: string): ParsedDocument {
    const problem = textProblem(text);
    if (problem) return { version, problem };
    try {
      return { version, model: parseScript(text, parseCacheOf(uri)) };
    } catch (error) {
      parseCaches.delete(uri);
      return { version, problem: checkFailure(error) };
    }
  }

  return {
    get(document) {
      if (!isScriptDocument(document)) return undefined;
      const text = document.getText();
      const cached = cache.get(document.uri);
      if (cached?.parsed.version === document.version && cached.text === text) return cached.parsed;
      const parsed = parse(document.uri, document.version, text);
      cache.set(document.uri, { parsed, text });
      return parsed;
    },
    forget(uri) {
      cache.delete(uri);
      parseCaches.delete(uri);
    },
  };
}
