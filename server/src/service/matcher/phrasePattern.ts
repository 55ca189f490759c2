import { CharClass, classOf, foldCode } from '../text/fold';

/** Stands for a sentence end in folded patterns and text streams. */
export const BOUNDARY = 0x0001;
/** A `{*}` blank matches up to this many characters. */
export const MAX_BLANK = 10;
/** Past this many interior sentence ends, only the all-present and all-absent forms are kept. */
const MAX_OPTIONAL_ENDS = 4;

const BLANK = '{*}';

/** Folds one part of a phrase: text kept, punctuation dropped, sentence ends as BOUNDARY. */
function foldPart(part: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < part.length; i++) {
    const code = foldCode(part.charCodeAt(i));
    const cls = classOf(code);
    if (cls === CharClass.Text) out.push(code);
    else if (cls === CharClass.SentenceEnd && out.length > 0 && out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY);
  }
  while (out[out.length - 1] === BOUNDARY) out.pop();
  return out;
}

/** The forms of one part: each interior sentence end either present or absent. */
function partForms(codes: number[]): string[] {
  const pieces: number[][] = [[]];
  for (const c of codes) {
    if (c === BOUNDARY) pieces.push([]);
    else pieces[pieces.length - 1]!.push(c);
  }
  const text = (p: number[]) => String.fromCharCode(...p);
  const ends = pieces.length - 1;
  if (ends === 0) return [text(pieces[0]!)];
  const b = String.fromCharCode(BOUNDARY);
  if (ends > MAX_OPTIONAL_ENDS) return [pieces.map(text).join(b), pieces.map(text).join('')];
  const forms: string[] = [];
  for (let mask = 0; mask < 1 << ends; mask++) {
    let s = text(pieces[0]!);
    for (let i = 1; i <= ends; i++) s += (mask & (1 << (i - 1)) ? b : '') + text(pieces[i]!);
    forms.push(s);
  }
  return forms;
}

/**
 * Compiles a phrase into its match forms. Each form is a list of segments (folded strings)
 * that must occur in order, separated by blanks of at most MAX_BLANK characters.
 */
export function compilePhrase(phrase: string): string[][] {
  const parts = phrase.split(BLANK).map(foldPart).filter((p) => p.length > 0);
  let forms: string[][] = [[]];
  for (const part of parts) {
    const next: string[][] = [];
    for (const form of forms) for (const variant of partForms(part)) next.push([...form, variant]);
    forms = next;
  }
  return forms.filter((f) => f.length > 0);
}

/** Characters of a phrase that take part in matching (punctuation and blanks excluded). */
export function patternCoreLength(phrase: string): number {
  return phrase
    .split(BLANK)
    .map(foldPart)
    .reduce((n, p) => n + p.filter((c) => c !== BOUNDARY).length, 0);
}
