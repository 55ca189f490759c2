import type { Message } from '../l10n';
import { CharClass, classOf, foldForMatch, foldWords } from '../text/fold';

/** A forbidden phrase parsed into a tree. Characters are folded with foldForMatch. */
export type PatternNode =
  | { t: 'char'; c: number }
  /** `{*}`: a blank of 0 to MAX_BLANK characters of one clause. */
  | { t: 'slot' }
  /** Clause punctuation in the phrase: the text may have a clause barrier here, or none. */
  | { t: 'barrier' }
  /** A space in a v2 phrase: up to two filler words (真, 都, 已经 …) may stand here. */
  | { t: 'filler' }
  | { t: 'seq'; items: PatternNode[] }
  | { t: 'alt'; options: PatternNode[] }
  | { t: 'opt'; body: PatternNode }
  /** `<name>`: one word of a class of synonyms. */
  | { t: 'class'; name: string; words: number[][] }
  /** `&atom`: the atom that a later `~` repeats. */
  | { t: 'cap'; body: PatternNode }
  /** `~`: the captured atom (or the atom just before) said again. */
  | { t: 'back' };

export interface PatternError {
  message: Message;
  args?: Record<string, string>;
}

/** A `{*}` blank matches up to this many characters. */
export const MAX_BLANK = 10;
const MAX_DEPTH = 16;

export const patternMessages = {
  unbalanced: { zh: '括号不配对：“{char}”', en: 'Unbalanced bracket: "{char}"' },
  unknownClass: { zh: '未定义的同义词类 <{name}>', en: 'Undefined class of synonyms <{name}>' },
  badBlank: { zh: '花括号里只能写 {*}（空位）', en: 'Only {*} (a blank) may stand in braces' },
  badRepeat: {
    zh: '“~”前面没有可重复的字、词组或同义词类',
    en: '"~" has no character, group or class before it to repeat',
  },
  badCapture: {
    zh: '“&”后面必须是一个字、词组或同义词类，且每个短语只能有一个',
    en: '"&" must precede one character, group or class, once per phrase',
  },
  tooDeep: { zh: '括号嵌套超过 {limit} 层', en: 'Brackets nested deeper than {limit} levels' },
} satisfies Record<string, Message>;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly classes: ReadonlyMap<string, readonly string[]>,
  ) {}

  parse(): PatternNode {
    const node = this.alternatives('');
    if (this.pos < this.src.length) throw this.fail(patternMessages.unbalanced, { char: this.src[this.pos]! });
    return node;
  }

  private fail(message: Message, args?: Record<string, string>): PatternError {
    return { message, ...(args ? { args } : {}) };
  }

  private alternatives(close: string): PatternNode {
    if (++this.depth > MAX_DEPTH) throw this.fail(patternMessages.tooDeep, { limit: String(MAX_DEPTH) });
    const options = [this.sequence(close)];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence(close));
    }
    this.depth--;
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private sequence(close: string): PatternNode {
    const items: PatternNode[] = [];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '|' || ch === close) break;
      if (ch === ')' || ch === ']' || ch === '>') throw this.fail(patternMessages.unbalanced, { char: ch });
      const atom = this.atom();
      if (atom) items.push(atom);
    }
    return { t: 'seq', items: foldWordRuns(items) };
  }

  private atom(): PatternNode | undefined {
    const ch = this.src[this.pos++]!;
    switch (ch) {
      case '(':
      case '[': {
        const close = ch === '(' ? ')' : ']';
        const body = this.alternatives(close);
        if (this.src[this.pos] !== close) throw this.fail(patternMessages.unbalanced, { char: ch });
        this.pos++;
        return ch === '(' ? body : { t: 'opt', body };
      }
      case '<': {
        const end = this.src.indexOf('>', this.pos);
        if (end < 0) throw this.fail(patternMessages.unbalanced, { char: ch });
        const name = this.src.slice(this.pos, end);
        this.pos = end + 1;
        const words = this.classes.get(name);
        if (!words) throw this.fail(patternMessages.unknownClass, { name });
        return { t: 'class', name, words: words.map(foldLiteral).filter((w) => w.length > 0) };
      }
      case '{':
        if (this.src.startsWith('*}', this.pos)) {
          this.pos += 2;
          return { t: 'slot' };
        }
        throw this.fail(patternMessages.badBlank);
      case '}':
        throw this.fail(patternMessages.unbalanced, { char: ch });
      case '&': {
        const next = this.src[this.pos];
        if (next === undefined || '|)]>~&'.includes(next)) throw this.fail(patternMessages.badCapture);
        let body = this.atom();
        while (!body && this.pos < this.src.length) body = this.atom();
        if (!body || body.t === 'barrier' || body.t === 'filler' || body.t === 'slot')
          throw this.fail(patternMessages.badCapture);
        return { t: 'cap', body };
      }
      case '~':
        return { t: 'back' };
      default:
        return charNode(ch.charCodeAt(0), true);
    }
  }
}

/** The node of one character of a phrase; spaces are filler points only in v2 phrases. */
function charNode(code: number, v2: boolean): PatternNode | undefined {
  const folded = foldForMatch(code);
  const cls = classOf(folded);
  if (cls === CharClass.Text) return { t: 'char', c: folded };
  if (cls === CharClass.SentenceEnd || cls === CharClass.ClauseEnd) return { t: 'barrier' };
  if (v2 && /\s/.test(String.fromCharCode(code))) return { t: 'filler' };
  return undefined;
}

/** A class word or filler as folded units (punctuation and spaces left out). */
export function foldLiteral(word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const folded = foldForMatch(word.charCodeAt(i));
    if (classOf(folded) === CharClass.Text) out.push(folded);
  }
  foldWords(out);
  return out;
}

/** Applies the word folds (甚么 → 什么) to runs of characters in a sequence. */
function foldWordRuns(items: PatternNode[]): PatternNode[] {
  const merged: PatternNode[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    if (item.t === 'filler' && last?.t === 'filler') continue;
    if (item.t === 'barrier' && last?.t === 'barrier') continue;
    merged.push(item);
  }
  let i = 0;
  while (i < merged.length) {
    let j = i;
    while (j < merged.length && merged[j]!.t === 'char') j++;
    if (j - i >= 2) {
      const codes = merged.slice(i, j).map((n) => (n as { c: number }).c);
      foldWords(codes);
      codes.forEach((c, k) => (merged[i + k] = { t: 'char', c }));
    }
    i = j + 1;
  }
  return merged;
}

/** Leading and trailing clause punctuation and fillers say nothing about a match. */
function trimEdges(node: PatternNode): PatternNode {
  if (node.t !== 'seq') return node;
  const items = [...node.items];
  const edge = (n: PatternNode | undefined) => n !== undefined && (n.t === 'barrier' || n.t === 'filler');
  while (edge(items[0])) items.shift();
  while (edge(items[items.length - 1])) items.pop();
  return { t: 'seq', items };
}

/**
 * Parses a phrase. A context pattern (`context`) keeps clause punctuation at its edges, which
 * then stands right next to the phrase. Version 1 phrases are literal text with `{*}` blanks; version 2 phrases
 * are patterns (docs/phrasebook-format.md). Throws a PatternError for a malformed pattern.
 */
export function parsePattern(
  src: string,
  version: 1 | 2,
  classes: ReadonlyMap<string, readonly string[]>,
  context = false,
): PatternNode {
  if (version === 2) {
    const node = new Parser(src, classes).parse();
    return context ? node : trimEdges(node);
  }
  const items: PatternNode[] = [];
  const parts = src.split('{*}');
  parts.forEach((part, i) => {
    if (i > 0) items.push({ t: 'slot' });
    for (let k = 0; k < part.length; k++) {
      const node = charNode(part.charCodeAt(k), false);
      if (node) items.push(node);
    }
  });
  return trimEdges({ t: 'seq', items: foldWordRuns(items) });
}

export function isPatternError(e: unknown): e is PatternError {
  return typeof e === 'object' && e !== null && 'message' in e && typeof (e as PatternError).message === 'object';
}
