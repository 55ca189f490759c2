import type { Diagnostic } from 'vscode-languageserver-types';
import type { FeatureContext } from '../features/context';
import { localize, type Message } from '../l10n';
import type { Fix } from './fix';
import { replacementFixes } from './replacementFixes';

/** Punctuation that ends a sentence; a run of it ends the sentence once. */
const SENTENCE_END = new Set([...'。！？!?…~～']);
/** Punctuation after which a clause starts. */
const CLAUSE_START = new Set([...'，、；：,;:']);
const OPENING = new Set([...'“‘「『（(《〈【']);
const CLOSING = new Set([...'”’」』）)》〉】']);
/** What is left of a line around a phrase that does not count as its own content. */
const FILLER = /[\s\p{P}\p{S}啊呀吧呢嘛啦喔哦哎唉嗯你您妳们們]/gu;

/** Where a phrase's fix goes in a string value and what it writes there. */
export interface SentenceFix {
  /** Value offsets [from, to) that the replacements take the place of. */
  replaceRange: [number, number];
  /** One text per suggestion, in its order, written to fit the span. */
  replacements: string[];
}

const isEnd = (c: string | undefined) => c !== undefined && SENTENCE_END.has(c);

/** The value without leading and trailing white space, as offsets. */
function trimmed(value: string): [number, number] {
  let from = 0;
  let to = value.length;
  while (from < to && /\s/.test(value[from]!)) from++;
  while (to > from && /\s/.test(value[to - 1]!)) to--;
  return [from, to];
}

/** Start of the clause holding `start`: after the previous clause or sentence punctuation, quote or line break. */
function clauseStart(value: string, start: number): number {
  let at = start;
  while (at > 0) {
    const c = value[at - 1]!;
    if (c === '\n' || CLAUSE_START.has(c) || SENTENCE_END.has(c) || OPENING.has(c) || CLOSING.has(c)) break;
    at--;
  }
  while (at < start && /\s/.test(value[at]!)) at++;
  return at;
}

/**
 * End of the sentence holding the phrase that ends at `end`: past its run of end punctuation,
 * or where a line ends, a quote opened before the phrase closes, or the value ends.
 */
function sentenceEnd(value: string, start: number, end: number): { to: number; run: string } {
  let at = end;
  while (at > start && isEnd(value[at - 1])) at--;
  let depth = 0;
  while (at < value.length && !isEnd(value[at])) {
    const c = value[at]!;
    if (c === '\n') break;
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c) && depth-- === 0) break;
    at++;
  }
  let to = at;
  while (isEnd(value[to])) to++;
  let content = at;
  while (content > start && /\s/.test(value[content - 1]!)) content--;
  return { to: to > at ? to : content, run: value.slice(at, to) };
}

/**
 * The fix of the phrase at value offsets [start, end): the whole value when the phrase is most
 * of it (what is left is particles, pronouns and punctuation, or shorter than half the phrase),
 * else the clause that holds the phrase up to its sentence end. Each suggestion takes the
 * span's place with its own end punctuation, else the sentence's, so no punctuation doubles,
 * and without an opening clause (非常抱歉，) that the sentence has already said.
 */
export function sentenceFix(value: string, start: number, end: number, suggestions: readonly string[]): SentenceFix {
  // "Most of the line" is judged on the value's line that holds the phrase: a kept line break
  // (a literal block) separates lines a fix must not merge.
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = value.includes('\n', end) ? value.indexOf('\n', end) : value.length;
  const phrase = value.slice(start, end).replace(FILLER, '').length;
  const rest = (value.slice(lineStart, start) + value.slice(end, lineEnd)).replace(FILLER, '').length;
  if (rest * 2 <= phrase) {
    const [from, to] = trimmed(value.slice(lineStart, lineEnd));
    return { replaceRange: [lineStart + from, lineStart + to], replacements: [...suggestions] };
  }
  const from = clauseStart(value, start);
  const { to, run } = sentenceEnd(value, start, end);
  const before = value.slice(sentenceStart(value, from), from);
  return {
    replaceRange: [from, to],
    replacements: suggestions.map((s) => {
      const text = withoutSaidOpening(s.trimEnd(), before);
      return isEnd(text.slice(-1)) ? text : text + run;
    }),
  };
}

/** Start of the sentence holding `at`: after the previous end punctuation or line break. */
function sentenceStart(value: string, at: number): number {
  let start = at;
  while (start > 0 && !isEnd(value[start - 1]) && value[start - 1] !== '\n') start--;
  while (start < at && /\s/.test(value[start]!)) start++;
  return start;
}

/** A suggestion without its opening clause (非常抱歉，) when the sentence already says it before the fix. */
function withoutSaidOpening(suggestion: string, before: string): string {
  const comma = suggestion.search(/[，,]/);
  if (comma <= 0 || comma === suggestion.length - 1) return suggestion;
  return before.includes(suggestion.slice(0, comma)) ? suggestion.slice(comma + 1).trimStart() : suggestion;
}

const TITLE: Message = { zh: '改为“{text}”', en: 'Replace with “{text}”' };
/** Longest sentence a fix title shows whole. */
const TITLE_LENGTH = 36;
/** Characters of an unchanged sentence start kept before a long replacement. */
const TITLE_LEAD = 8;

/** The sentence a fix writes, as its title shows it: from the sentence start to the end of the new text, shortened with … */
export function changedSentence(value: string, from: number, text: string): string {
  const start = sentenceStart(value, from);
  let lead = value.slice(start, from);
  if (lead.length + text.length > TITLE_LENGTH && lead.length > TITLE_LEAD) lead = `…${lead.slice(-TITLE_LEAD)}`;
  const shown = lead + text;
  return shown.length > TITLE_LENGTH ? `${shown.slice(0, TITLE_LENGTH - 1)}…` : shown;
}

/**
 * The forbidden-phrase fixes: `data.replacements` in place of `data.replaceRange` through the
 * one proven scalar edit, each titled with the sentence it writes.
 */
export function sentenceFixes(context: FeatureContext, diagnostic: Diagnostic, first = false): Fix[] {
  return replacementFixes(context, diagnostic, TITLE, first).map((fix) => {
    if (!fix.change || !fix.scalar) return fix;
    const text = changedSentence(fix.scalar.value, fix.change.from, fix.change.text);
    return { ...fix, title: localize(TITLE, context.settings.locale, { text }) };
  });
}
