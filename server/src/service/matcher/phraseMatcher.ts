import { CharClass, classOf, foldCode } from '../text/fold';
import { AhoCorasick } from './ahoCorasick';
import { BOUNDARY, MAX_BLANK, compilePhrase } from './phrasePattern';

/** A phrase found in a text: value offsets [start, end). */
export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

interface Segment {
  phrase: number;
  /** Index of the form among all multi-segment forms, or -1 for a single-segment form. */
  form: number;
  index: number;
  last: boolean;
}

/**
 * Finds phrases in text, ignoring punctuation, width, case, whitespace and the difference
 * between Traditional and Simplified characters, never across a sentence end the phrase lacks.
 */
export class PhraseMatcher {
  private readonly automaton = new AhoCorasick();
  private readonly segments: Segment[] = [];
  private formCount = 0;
  private formSizes: number[] = [];

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, p) => {
      for (const form of compilePhrase(phrase)) {
        const multi = form.length > 1;
        const formIndex = multi ? this.formCount++ : -1;
        if (multi) this.formSizes.push(form.length);
        form.forEach((segment, index) => {
          const id = this.automaton.add(segment);
          this.segments[id] = { phrase: p, form: formIndex, index, last: index === form.length - 1 };
        });
      }
    });
  }

  /** All matches in `text`, in order of their end. */
  scan(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const valueIndex: number[] = [];
    let state = 0;
    let lastWasBoundary = true;
    const chains = new Map<number, { end: Int32Array; start: Int32Array }>();

    const onMatch = (id: number, k: number) => {
      const seg = this.segments[id]!;
      const segStart = k - this.automaton.length(id) + 1;
      if (seg.form < 0) {
        found.push({ phrase: seg.phrase, start: valueIndex[segStart]!, end: valueIndex[k]! + 1 });
        return;
      }
      let chain = chains.get(seg.form);
      if (!chain) {
        const size = this.formSizes[seg.form]!;
        chain = { end: new Int32Array(size).fill(-1), start: new Int32Array(size).fill(-1) };
        chains.set(seg.form, chain);
      }
      let chainStart = segStart;
      if (seg.index > 0) {
        const prevEnd = chain.end[seg.index - 1]!;
        if (prevEnd < 0 || prevEnd >= segStart || segStart - prevEnd - 1 > MAX_BLANK) return;
        for (let j = prevEnd + 1; j < segStart; j++) if (valueIndex[j] === -1) return;
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
        if (lastWasBoundary) continue;
        lastWasBoundary = true;
        valueIndex.push(-1);
        state = this.automaton.step(state, BOUNDARY);
        const k = valueIndex.length - 1;
        this.automaton.matches(state, (id) => onMatch(id, k));
        continue;
      }
      lastWasBoundary = false;
      valueIndex.push(i);
      state = this.automaton.step(state, code);
      const k = valueIndex.length - 1;
      this.automaton.matches(state, (id) => onMatch(id, k));
    }
    return found;
  }
}
