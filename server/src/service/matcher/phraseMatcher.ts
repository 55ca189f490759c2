import { CharClass, classOf, foldCode } from '../text/fold';
import { AhoCorasick } from './ahoCorasick';
import { MAX_BLANK, compilePhrase } from './phrasePattern';

/** A phrase found in a text: value offsets [start, end). */
export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

interface Segment {
  phrase: number;
  /** Index of the phrase among phrases of several parts, or -1 for a phrase of one part. */
  chain: number;
  index: number;
  last: boolean;
  /** Offsets before which a sentence end may stand; undefined when none may. */
  ends?: ReadonlySet<number>;
}

/**
 * Finds phrases in text, ignoring punctuation, width, case, whitespace and the difference
 * between Traditional and Simplified characters, never across a sentence end the phrase lacks.
 *
 * The automaton reads the text's characters without its sentence ends; a match is then kept
 * only if every sentence end inside it stands where the phrase has one. Each phrase adds one
 * pattern per part, so building costs time linear in the phrasebook.
 */
export class PhraseMatcher {
  private readonly automaton = new AhoCorasick();
  private readonly segments: Segment[] = [];
  private readonly chainSizes: number[] = [];

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, p) => {
      const parts = compilePhrase(phrase);
      if (parts.length === 0) return;
      const chain = parts.length > 1 ? this.chainSizes.push(parts.length) - 1 : -1;
      parts.forEach((part, index) => {
        const id = this.automaton.add(part.text);
        this.segments[id] = {
          phrase: p, chain, index, last: index === parts.length - 1,
          ...(part.ends.length > 0 ? { ends: new Set(part.ends) } : {}),
        };
      });
    });
  }

  /** All matches in `text`, in order of their end. */
  scan(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    /** Source offset of each character read. */
    const valueIndex: number[] = [];
    /** How many characters read so far had a sentence end just before them. */
    const endsBefore: number[] = [];
    let ends = 0;
    let pendingEnd = false;
    let state = 0;
    const chains = new Map<number, { end: Int32Array; start: Int32Array }>();
    const atK: number[] = [];

    /** Whether the characters (from, to] have no sentence end before them. */
    const noEnd = (from: number, to: number) => endsBefore[to]! - endsBefore[from]! === 0;

    /** Whether the sentence ends within [start, k] stand where the segment allows them. */
    const endsAllowed = (seg: Segment, start: number, k: number) => {
      if (noEnd(start, k)) return true;
      if (!seg.ends) return false;
      for (let j = start + 1; j <= k; j++) {
        if (endsBefore[j]! !== endsBefore[j - 1]! && !seg.ends.has(j - start)) return false;
      }
      return true;
    };

    const onMatch = (id: number, k: number) => {
      const seg = this.segments[id]!;
      const segStart = k - this.automaton.length(id) + 1;
      if (!endsAllowed(seg, segStart, k)) return;
      if (seg.chain < 0) {
        found.push({ phrase: seg.phrase, start: valueIndex[segStart]!, end: valueIndex[k]! + 1 });
        return;
      }
      let chain = chains.get(seg.chain);
      if (!chain) {
        const size = this.chainSizes[seg.chain]!;
        chain = { end: new Int32Array(size).fill(-1), start: new Int32Array(size).fill(-1) };
        chains.set(seg.chain, chain);
      }
      let chainStart = segStart;
      if (seg.index > 0) {
        const prevEnd = chain.end[seg.index - 1]!;
        if (prevEnd < 0 || prevEnd >= segStart || segStart - prevEnd - 1 > MAX_BLANK) return;
        if (!noEnd(prevEnd, segStart)) return;
        chainStart = chain.start[seg.index - 1]!;
      }
      if (seg.last) {
        found.push({ phrase: seg.phrase, start: valueIndex[chainStart]!, end: valueIndex[k]! + 1 });
      } else {
        chain.end[seg.index] = k;
        chain.start[seg.index] = chainStart;
      }
    };

    for (let i = 0; i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      const cls = classOf(code);
      if (cls === CharClass.Skip) continue;
      if (cls === CharClass.SentenceEnd) {
        pendingEnd = valueIndex.length > 0;
        continue;
      }
      if (pendingEnd) ends++;
      pendingEnd = false;
      valueIndex.push(i);
      endsBefore.push(ends);
      state = this.automaton.step(state, code);
      const k = valueIndex.length - 1;
      // Later parts first, so that a part sees where the part before it ended before this character.
      atK.length = 0;
      this.automaton.matches(state, (id) => atK.push(id));
      atK.sort((a, b) => b - a);
      for (const id of atK) onMatch(id, k);
    }
    return found;
  }
}
