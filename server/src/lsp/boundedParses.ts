import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocuments } from './parsedDocuments';

/** How many documents keep their parse, and how much text all of them may hold together. */
export interface ParseBudget {
  documents: number;
  /** UTF-16 code units of text across the documents that keep a parse. */
  characters: number;
}

/**
 * A parse costs tens of times its text in memory: 1,000 open scripts cannot all keep one.
 * These are enough for the documents a writer works in at one time.
 */
export const DEFAULT_PARSE_BUDGET: ParseBudget = { documents: 16, characters: 4_000_000 };

/**
 * Keeps the parses (models and incremental-parse caches) of the documents used most recently
 * only, within the budget; the others are forgotten and parsed again when next needed. The
 * document used last always keeps its parse, however large, so typing in it stays incremental.
 */
export function boundParses(inner: ParsedDocuments, budget: ParseBudget = DEFAULT_PARSE_BUDGET): ParsedDocuments {
  /** Documents with a parse, least recently used first, with the length of their text. */
  const recent = new Map<string, number>();
  let characters = 0;

  function drop(uri: string): void {
    const length = recent.get(uri);
    if (length === undefined) return;
    recent.delete(uri);
    characters -= length;
  }

  function touch(uri: string, length: number): void {
    drop(uri);
    recent.set(uri, length);
    characters += length;
    for (const [oldest] of recent) {
      if (oldest === uri || (recent.size <= budget.documents && characters <= budget.characters)) break;
      drop(oldest);
      inner.forget(oldest);
    }
  }

  return {
    get(document: TextDocument) {
      const parsed = inner.get(document);
      if (parsed) touch(document.uri, document.getText().length);
      return parsed;
    },
    forget(uri) {
      drop(uri);
      inner.forget(uri);
    },
  };
}
