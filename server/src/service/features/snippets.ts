import { doubleFragment, plainFragment, plainWritable, singleFragment } from '../edit/valueWriter';
import type { ScalarStyle } from './cursorContext';

/** Text to insert, as an LSP snippet when it has tab stops. */
export interface InsertText {
  text: string;
  snippet: boolean;
  /** The text is a whole quoted scalar that also holds `tail`: the edit must reach the end of the plain value. */
  quoted: boolean;
}

/** Where the text goes, beyond the style of the scalar it goes into. */
export interface InsertPlace {
  /** Inside a flow collection, where a plain scalar may not hold `, [ ] { }`. */
  flow?: boolean;
  /** The plain value's text after the cursor, when the value may be quoted as a whole; undefined when it may not. */
  tail?: string;
  /**
   * For a plain value: its text after the cursor, when that is too long to take into each
   * item (`tail` is then undefined), with whether it can stay plain (see `plainTail`).
   */
  after?: { head: string; plain: boolean };
  /** Indentation of the lines of a block scalar, for line breaks inside the text. */
  indent?: string;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
/** Filled in by the system during the call: never a tab stop. */
const SYSTEM_PLACEHOLDERS = new Set(['agent_id']);
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Escapes literal text for LSP snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (ch) => `\\${ch}`);
}

/** `text` written inside a scalar of `style`; undefined when it cannot stand there as it is. */
function fragment(text: string, style: ScalarStyle, place: InsertPlace): string | undefined {
  switch (style) {
    case 'single':
      return singleFragment(text);
    case 'double':
      return doubleFragment(text);
    case 'block': {
      const lines = text.split(BREAKS);
      if (lines.some((l) => singleFragment(l) === undefined)) return undefined;
      if (lines.length > 1 && !place.indent) return undefined;
      return lines.join(`\n${place.indent ?? ''}`);
    }
    case 'plain':
      return text;
  }
}

/**
 * A phrase as text to insert into a value written in `style`: `{customer}` becomes the tab
 * stop `${1:{customer\}}` (one number per name, in order of first use), `{agent_id}` stays
 * literal. Text that a plain value cannot hold where it stands (a phrase starting with `{`,
 * `, [ ] { }` in a flow collection, a line break, `: ` or ` #`) makes the value quoted as a
 * whole, the text after the cursor included. Undefined when the phrase cannot be written there.
 */
export function phraseInsert(phrase: string, style: ScalarStyle, place: InsertPlace = {}): InsertText | undefined {
  let written = style;
  let quote = '';
  const plain = place.after
    ? place.after.plain && plainWritable(phrase + place.after.head, place.flow ?? false)
    : plainWritable(phrase + (place.tail ?? ''), place.flow ?? false);
  if (style === 'plain' && !plain) {
    if (place.tail === undefined) return undefined;
    written = singleFragment(phrase + place.tail) === undefined ? 'double' : 'single';
    quote = written === 'single' ? "'" : '"';
  }
  const stops = new Map<string, number>();
  let text = '';
  let at = 0;
  const piece = (raw: string): boolean => {
    const f = fragment(raw, written, place);
    if (f === undefined) return false;
    text += escapeSnippet(f);
    return true;
  };
  for (const m of phrase.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (SYSTEM_PLACEHOLDERS.has(name)) continue;
    if (!piece(phrase.slice(at, m.index))) return undefined;
    if (!stops.has(name)) stops.set(name, stops.size + 1);
    text += `\${${stops.get(name)}:${escapeSnippet(m[0])}}`;
    at = m.index! + m[0].length;
  }
  if (!piece(phrase.slice(at))) return undefined;
  const quoted = quote !== '';
  let cursorStop = false;
  if (quoted) {
    const tail = fragment(place.tail ?? '', written, place)!;
    cursorStop = tail !== '';
    text = `${quote}${text}${cursorStop ? '$0' : ''}${escapeSnippet(tail)}${quote}`;
  }
  const snippet = stops.size > 0 || cursorStop;
  return { text: snippet ? text : unescapeSnippet(text), snippet, quoted };
}

/**
 * What a long text after the cursor means for a plain value, worked out once per request:
 * its first characters (which meet the inserted text) and whether the rest can stay plain.
 * A plain value with text inserted before it stays plain if both parts can; judging the
 * joined text by `head` alone may ask for quotes a whole look would not, never the reverse.
 */
export function plainTail(tail: string, flow: boolean): { head: string; plain: boolean } {
  return {
    head: tail.slice(0, 2),
    plain: tail === '' || (plainFragment(tail, flow) !== undefined && !/\s$/.test(tail)),
  };
}

function unescapeSnippet(text: string): string {
  return text.replace(/\\([$}\\])/g, '$1');
}
