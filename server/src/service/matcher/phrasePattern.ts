import { CharClass, classOf, foldCode } from '../text/fold';

/** A `{*}` blank matches up to this many characters. */
export const MAX_BLANK = 10;

const BLANK = '{*}';

/**
 * One part of a phrase between blanks: its folded text (punctuation and sentence ends left
 * out), and the offsets in that text before which the phrase has a sentence end. A sentence
 * end of the phrase may stand in the text there or not; anywhere else the text may have none.
 */
export interface PhrasePart {
  text: string;
  /** Offsets (1 … text.length - 1), ascending. */
  ends: number[];
}

/** Folds one part of a phrase: text kept, punctuation dropped, interior sentence ends noted. */
function foldPart(part: string): PhrasePart {
  const codes: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < part.length; i++) {
    const code = foldCode(part.charCodeAt(i));
    const cls = classOf(code);
    if (cls === CharClass.Text) codes.push(code);
    else if (cls === CharClass.SentenceEnd && codes.length > 0 && ends[ends.length - 1] !== codes.length) ends.push(codes.length);
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.slice(i, i + 4096));
  return { text, ends: ends.filter((at) => at < codes.length) };
}

/**
 * Compiles a phrase into its parts, which must occur in order, separated by blanks of at most
 * MAX_BLANK characters. The result is linear in the phrase: optional sentence ends are noted
 * per part, never expanded into forms.
 */
export function compilePhrase(phrase: string): PhrasePart[] {
  return phrase.split(BLANK).map(foldPart).filter((p) => p.text.length > 0);
}

/** A key equal for phrases that match the same texts (script, width and punctuation aside). */
export function phraseKey(phrase: string): string {
  return compilePhrase(phrase)
    .map((p) => `${p.text}\u0001${p.ends.join(',')}`)
    .join('\u0002');
}

/** Characters of a phrase that take part in matching (punctuation and blanks excluded). */
export function patternCoreLength(phrase: string): number {
  return compilePhrase(phrase).reduce((n, p) => n + p.text.length, 0);
}
