/** Opening quotation marks and their closing marks, as writers type them in Chinese text. */
const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"' };

/**
 * The `[start, end)` spans of `text` inside quotation marks (the marks included): speech the
 * agent quotes rather than says. An opening mark that is never closed (text still being
 * typed) quotes the rest of the string. Quotes nest (『』 inside 「」).
 */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i]!];
    if (close === undefined) {
      i++;
      continue;
    }
    const end = text.indexOf(close, i + 1);
    const stop = end === -1 ? text.length : end + 1;
    spans.push([i, stop]);
    i = stop;
  }
  return spans;
}

/**
 * Answers whether offsets, asked in increasing order, lie in one of `spans` (sorted by start,
 * their ends increasing too): one pass over the spans for all the questions together.
 */
export function spanCursor(spans: ReadonlyArray<readonly [number, number]>): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < spans.length && spans[i]![1] <= offset) i++;
    return i < spans.length && spans[i]![0] <= offset;
  };
}
