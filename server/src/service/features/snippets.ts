import type { ScalarStyle } from './cursorContext';
import { escapeFor, needsQuotes } from './yamlText';

/** Text to insert, as an LSP snippet when it has tab stops. */
export interface InsertText {
  text: string;
  snippet: boolean;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
/** Filled in by the system during the call: never a tab stop. */
const SYSTEM_PLACEHOLDERS = new Set(['agent_id']);

/** Escapes literal text for LSP snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (ch) => `\\${ch}`);
}

/**
 * A phrase as text to insert into a value written in `style`: `{customer}` becomes the tab
 * stop `${1:{customer\}}` (one number per name, in order of first use), `{agent_id}` stays
 * literal. A plain value that would not parse (a phrase starting with `{`) is single-quoted.
 */
export function phraseInsert(phrase: string, style: ScalarStyle): InsertText {
  const quote = style === 'plain' && needsQuotes(phrase);
  const effective: ScalarStyle = quote ? 'single' : style;
  const stops = new Map<string, number>();
  let text = '';
  let at = 0;
  for (const m of phrase.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (SYSTEM_PLACEHOLDERS.has(name)) continue;
    text += escapeSnippet(escapeFor(phrase.slice(at, m.index), effective));
    if (!stops.has(name)) stops.set(name, stops.size + 1);
    text += `\${${stops.get(name)}:${escapeSnippet(m[0])}}`;
    at = m.index! + m[0].length;
  }
  const rest = phrase.slice(at);
  const wrap = (body: string) => (quote ? `'${body}'` : body);
  if (stops.size === 0) return { text: wrap(escapeFor(phrase, effective)), snippet: false };
  return { text: wrap(text + escapeSnippet(escapeFor(rest, effective))), snippet: true };
}
