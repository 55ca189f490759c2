import type { HonestPattern, PhraseRule } from '../matcher/phraseRule';
import type { PatternNode } from '../matcher/patternSyntax';
import { compilePhrasebook, type CompiledPhrasebook } from './compiled';
import type { ApprovedPhrase, Category, ForbiddenPhrase, Placeholder } from './types';

/**
 * A compiled phrasebook as plain data (JSON): the build writes the built-in phrasebook this
 * way, so that a run restores it instead of parsing and compiling its YAML.
 */
export interface PhrasebookSnapshot {
  approved: ApprovedPhrase[];
  forbidden: ForbiddenPhrase[];
  /** Each id with the index of its phrase in `approved`. */
  approvedById: Array<[string, number]>;
  approvedCategories: Array<[string, Category]>;
  forbiddenCategories: Array<[string, Category]>;
  placeholders: Array<[string, Placeholder]>;
  classes: Array<[string, string[]]>;
  placeholderAliases: Array<[string, string]>;
  /** The rule of each forbidden entry, null for one that does not parse. */
  rules: Array<StoredRule | null>;
}

/**
 * A rule as the snapshot keeps it: what the matcher needs to find candidates, and its
 * patterns as compact JSON text, read on the rule's first candidate (most rules of a run have
 * none). Half the size of the patterns as JSON objects, and a tenth of the objects to load.
 */
export type StoredRule = Omit<PhraseRule, 'pattern' | 'honest'> & { patterns: string };

/**
 * A pattern node in compact form: a number is a character, a string a node without content
 * (`slot`, `barrier`, `filler`, `back`), an array a sequence; `{a}` alternatives, `{o}` an
 * optional part, `{p}` a captured atom, `{n, w}` a class of words.
 */
type Compact =
  number | string | Compact[] | { a: Compact[] } | { o: Compact } | { p: Compact } | { n: string; w: number[][] };

/** A rule's patterns in compact form: the phrase's, then each honest context's `[before, after, quoted]`. */
type CompactPatterns = [Compact, Array<[Compact | null, Compact | null, boolean]>];

function compact(node: PatternNode): Compact {
  switch (node.t) {
    case 'char':
      return node.c;
    case 'slot':
    case 'barrier':
    case 'filler':
    case 'back':
      return node.t;
    case 'seq':
      return node.items.map(compact);
    case 'alt':
      return { a: node.options.map(compact) };
    case 'opt':
      return { o: compact(node.body) };
    case 'cap':
      return { p: compact(node.body) };
    case 'class':
      return { n: node.name, w: node.words };
  }
}

function expand(c: Compact): PatternNode {
  if (typeof c === 'number') return { t: 'char', c };
  if (typeof c === 'string') {
    if (c === 'slot' || c === 'barrier' || c === 'filler' || c === 'back') return { t: c };
    throw new Error(`phrasebook snapshot: unknown pattern node ${JSON.stringify(c)}`);
  }
  if (Array.isArray(c)) return { t: 'seq', items: c.map(expand) };
  if ('a' in c) return { t: 'alt', options: c.a.map(expand) };
  if ('o' in c) return { t: 'opt', body: expand(c.o) };
  if ('p' in c) return { t: 'cap', body: expand(c.p) };
  return { t: 'class', name: c.n, words: c.w };
}

function storeRule({ pattern, honest, ...rest }: PhraseRule): StoredRule {
  const patterns: CompactPatterns = [
    compact(pattern),
    honest.map((h) => [h.before ? compact(h.before) : null, h.after ? compact(h.after) : null, h.quoted]),
  ];
  return { ...rest, patterns: JSON.stringify(patterns) };
}

/** A stored rule whose `pattern` and `honest` are read from their text on first use. */
function restoreRule({ patterns, ...rest }: StoredRule): PhraseRule {
  let read: Pick<PhraseRule, 'pattern' | 'honest'> | undefined;
  const parsed = () => {
    if (read) return read;
    const [pattern, honest] = JSON.parse(patterns) as CompactPatterns;
    read = {
      pattern: expand(pattern),
      honest: honest.map(([before, after, quoted]) => {
        const h: HonestPattern = { quoted };
        if (before !== null) h.before = expand(before);
        if (after !== null) h.after = expand(after);
        return h;
      }),
    };
    return read;
  };
  return Object.defineProperties(rest, {
    pattern: { get: () => parsed().pattern, enumerable: true },
    honest: { get: () => parsed().honest, enumerable: true },
  }) as PhraseRule;
}

export function toSnapshot({ book, forbiddenMatcher }: CompiledPhrasebook): PhrasebookSnapshot {
  const index = new Map(book.approved.map((p, i) => [p, i]));
  return {
    approved: book.approved,
    forbidden: book.forbidden,
    approvedById: [...book.approvedById].map(([id, phrase]) => {
      const at = index.get(phrase);
      if (at === undefined) throw new Error(`approved phrase ${id} is not in the list of approved phrases`);
      return [id, at];
    }),
    approvedCategories: [...book.approvedCategories],
    forbiddenCategories: [...book.forbiddenCategories],
    placeholders: [...book.placeholders],
    classes: [...book.classes],
    placeholderAliases: [...book.placeholderAliases],
    rules: book.forbidden.map((_, i) => {
      const rule = forbiddenMatcher.rule(i);
      return rule ? storeRule(rule) : null;
    }),
  };
}

export function fromSnapshot(s: PhrasebookSnapshot): CompiledPhrasebook {
  const book = {
    approved: s.approved,
    forbidden: s.forbidden,
    approvedById: new Map(s.approvedById.map(([id, at]) => [id, s.approved[at]!])),
    approvedCategories: new Map(s.approvedCategories),
    forbiddenCategories: new Map(s.forbiddenCategories),
    placeholders: new Map(s.placeholders),
    classes: new Map(s.classes),
    placeholderAliases: new Map(s.placeholderAliases),
  };
  const rules = s.rules.map((r) => (r ? restoreRule(r) : undefined));
  return compilePhrasebook(book, (i) => rules[i]);
}

/**
 * A snapshot as the build ships it: two JSON texts, the book's entries and the rules. The rules'
 * text is kept to ASCII (other characters as JSON escapes), so that V8 holds it, and the code
 * cache stores it, at one byte a character: it is the larger half and almost all digits.
 */
export interface SnapshotTexts {
  book: string;
  rules: string;
}

export function snapshotTexts({ rules, ...book }: PhrasebookSnapshot): SnapshotTexts {
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return { book: JSON.stringify(book), rules: JSON.stringify(rules).replace(/[^\x00-\x7f]/g, escape) };
}

export function fromSnapshotTexts(texts: SnapshotTexts): CompiledPhrasebook {
  const book = JSON.parse(texts.book) as Omit<PhrasebookSnapshot, 'rules'>;
  return fromSnapshot({ ...book, rules: JSON.parse(texts.rules) as PhrasebookSnapshot['rules'] });
}
