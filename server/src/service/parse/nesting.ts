/**
 * The deepest nesting a script may have before it reaches the YAML parser. Call scripts nest
 * a few levels; the parser recurses per level and, thousands of levels deep, runs out of
 * stack (and then its errors depend on how deep the caller's stack already was).
 */
export const MAX_NESTING = 256;

/**
 * A cheap upper estimate of a text's nesting: flow brackets outside quotes, and on each line
 * the indentation plus the `- ` / `? ` / `key: ` markers that open a level on the same line.
 */
export function nestingDepth(text: string): number {
  let deepest = 0;
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let lineLevels = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      lineLevels = 0;
      if (quote === "'") quote = '';
      continue;
    }
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        lineLevels++;
        deepest = Math.max(deepest, lineLevels);
        continue;
      }
      if ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        lineLevels++;
        deepest = Math.max(deepest, lineLevels);
        continue;
      }
      lineStart = false;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, lineLevels + ++flow);
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 ? text.length : nl) - 1;
    }
  }
  return deepest;
}
