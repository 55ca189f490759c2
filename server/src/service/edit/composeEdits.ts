import type { OffsetEdit } from './proof';

/** Whether offset `at` of `text` falls inside a surrogate pair or a CRLF. */
function splits(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (
    (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10)
  );
}

/**
 * The edits that turn an original text into the text after several rounds of edits, each
 * round made in the offsets of the text as edited so far. An edit that touches an earlier
 * one merges with it, so the result is one edit per changed region, trimmed to the
 * characters that changed.
 */
export class ComposedEdits {
  /** Sorted, non-overlapping, in offsets of the original text. */
  private edits: OffsetEdit[] = [];
  private current: string;

  constructor(private readonly original: string) {
    this.current = original;
  }

  /** The text with every edit so far applied. */
  get text(): string {
    return this.current;
  }

  /** Adds one round of non-overlapping edits, in offsets of `text`. */
  add(edits: readonly OffsetEdit[]): void {
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      this.merge(e);
      this.current = this.current.slice(0, e.start) + e.newText + this.current.slice(e.end);
    }
  }

  private merge(e: OffsetEdit): void {
    let delta = 0;
    let first = -1;
    let last = -1;
    let deltaFirst = 0;
    let deltaAfter = 0;
    let before = 0;
    let lastCurEnd = 0;
    let firstCurStart = 0;
    for (let i = 0; i < this.edits.length; i++) {
      const r = this.edits[i]!;
      const curStart = r.start + delta;
      const curEnd = curStart + r.newText.length;
      const next = delta + r.newText.length - (r.end - r.start);
      if (curEnd < e.start) {
        before = i + 1;
      } else if (curStart <= e.end) {
        if (first === -1) {
          first = i;
          deltaFirst = delta;
          firstCurStart = curStart;
        }
        last = i;
        lastCurEnd = curEnd;
        deltaAfter = next;
      } else {
        break;
      }
      delta = next;
    }
    if (first === -1) {
      const d = before === 0 ? 0 : this.deltaThrough(before);
      this.edits.splice(before, 0, { start: e.start - d, end: e.end - d, newText: e.newText });
      return;
    }
    const f = this.edits[first]!;
    const l = this.edits[last]!;
    const curStart = Math.min(firstCurStart, e.start);
    const curEnd = Math.max(lastCurEnd, e.end);
    const start = curStart === firstCurStart ? f.start : e.start - deltaFirst;
    const end = curEnd === lastCurEnd ? l.end : e.end - deltaAfter;
    const newText = this.current.slice(curStart, e.start) + e.newText + this.current.slice(e.end, curEnd);
    this.edits.splice(first, last - first + 1, { start, end, newText });
  }

  /** How far the first `count` edits moved the text after them. */
  private deltaThrough(count: number): number {
    let delta = 0;
    for (let i = 0; i < count; i++)
      delta += this.edits[i]!.newText.length - (this.edits[i]!.end - this.edits[i]!.start);
    return delta;
  }

  /** The composed edits in offsets of the original text, each trimmed to what changed. */
  result(): OffsetEdit[] {
    return this.edits.flatMap((r) => {
      const old = this.original.slice(r.start, r.end);
      const max = Math.min(old.length, r.newText.length);
      let p = 0;
      while (p < max && old.charCodeAt(p) === r.newText.charCodeAt(p)) p++;
      let q = 0;
      while (q < max - p && old.charCodeAt(old.length - 1 - q) === r.newText.charCodeAt(r.newText.length - 1 - q)) q++;
      // Never cut between the halves of a surrogate pair or of a CRLF line break.
      while (p > 0 && splits(old, p)) p--;
      while (q > 0 && splits(old, old.length - q)) q--;
      if (p === old.length && p === r.newText.length) return [];
      return [{ start: r.start + p, end: r.end - q, newText: r.newText.slice(p, r.newText.length - q) }];
    });
  }
}
