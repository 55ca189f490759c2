/**
 * The deepest nesting a script may have before it reaches the YAML parser. Call scripts nest
 * a few levels; the parser recurses per level and, thousands of levels deep, runs out of
 * stack (and then its errors depend on how deep the caller's stack already was).
 */
export const MAX_NESTING = 256;

const NL = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const DASH = 0x2d;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const HASH = 0x23;

/**
 * A cheap upper estimate of a text's nesting, in one pass over its code units: flow brackets
 * outside quotes, and on each line the indentation plus the `- ` / `? ` markers that open a
 * level on the same line. A `{name}` placeholder opens and closes at once, so it adds one.
 */
export function nestingDepth(text: string): number {
  let deepest = 0;
  let flow = 0;
  let quote = 0;
  let lineStart = true;
  let lineLevels = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      lineStart = true;
      lineLevels = 0;
      if (quote === SQUOTE) quote = 0;
      continue;
    }
    if (quote !== 0) {
      if (c === BACKSLASH && quote === DQUOTE) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (lineStart) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : NL;
      if (c === SPACE || ((c === DASH || c === QUESTION) && (next === SPACE || next === TAB))) {
        if (++lineLevels > deepest) deepest = lineLevels;
        continue;
      }
      lineStart = false;
    }
    if (c === DQUOTE || c === SQUOTE) quote = c;
    else if (c === 0x5b || c === 0x7b) {
      if (lineLevels + ++flow > deepest) deepest = lineLevels + flow;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
    else if (c === HASH && (i === 0 || text.charCodeAt(i - 1) === SPACE)) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 ? length : nl) - 1;
    }
  }
  return deepest;
}
