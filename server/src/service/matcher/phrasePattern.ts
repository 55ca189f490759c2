import { foldForMatch } from '../text/fold';
import { parsePattern, type PatternNode } from './patternSyntax';

export { MAX_BLANK } from './patternSyntax';

function flatten(node: PatternNode, out: string[]): void {
  switch (node.t) {
    case 'char':
      out.push(String.fromCharCode(node.c));
      break;
    case 'slot':
      out.push('\u0002');
      break;
    case 'barrier':
      out.push('\u0001');
      break;
    case 'seq':
      node.items.forEach((n) => flatten(n, out));
      break;
    default:
      break;
  }
}

/**
 * A key equal for literal (v1) phrases that match the same texts (script, variant forms,
 * width and punctuation aside). A v2 pattern's key is its text folded the same way.
 */
export function phraseKey(phrase: string): string {
  const out: string[] = [];
  flatten(parsePattern(phrase, 1, new Map()), out);
  return out.join('');
}

/** Characters of a literal (v1) phrase that take part in matching (punctuation and blanks excluded). */
export function patternCoreLength(phrase: string): number {
  let n = 0;
  for (const part of phrase.split('{*}')) {
    for (let i = 0; i < part.length; i++)
      if (/[\p{L}\p{N}]/u.test(String.fromCharCode(foldForMatch(part.charCodeAt(i))))) n++;
  }
  return n;
}
