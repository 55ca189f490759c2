import frequentTable from '../../../data/chinese/frequent.txt';
import { foldForMatch } from '../text/fold';
import type { PatternError, PatternNode } from './patternSyntax';
import { MAX_BLANK, patternMessages } from './patternSyntax';

/** A pattern may compile to at most this many automaton states: a limit, with an error. */
export const MAX_STATES = 4000;
/** At most this many words may be repeated by `~`. */
const MAX_REPEATED = 32;

export const compileMessages = {
  tooLarge: {
    zh: '短语展开后过大（{states} 个状态，上限 {limit}）',
    en: 'The phrase is too large once compiled ({states} states, limit {limit})',
  },
  noAnchor: {
    zh: '短语必须有一个必出现的字（不全在可选项或空位里）',
    en: 'The phrase needs a character that every match has (not all optional or blank)',
  },
  tooManyRepeated: {
    zh: '“~”重复的词组有 {count} 种写法，上限 {limit}',
    en: '"~" repeats a group of {count} words, over the limit of {limit}',
  },
} as const;

/** The words a node matches, when it matches only fixed words (characters, groups, classes). */
function literals(node: PatternNode): number[][] | undefined {
  switch (node.t) {
    case 'char':
      return [[node.c]];
    case 'class':
      return node.words;
    case 'cap':
      return literals(node.body);
    case 'seq': {
      let out: number[][] = [[]];
      for (const item of node.items) {
        const words = literals(item);
        if (!words || out.length * words.length > MAX_REPEATED) return undefined;
        out = out.flatMap((a) => words.map((b) => [...a, ...b]));
      }
      return out;
    }
    case 'alt': {
      const out: number[][] = [];
      for (const option of node.options) {
        const words = literals(option);
        if (!words) return undefined;
        out.push(...words);
      }
      return out;
    }
    default:
      return undefined;
  }
}

const seqOf = (word: number[]): PatternNode[] => word.map((c) => ({ t: 'char', c }));

/**
 * Replaces each `~` by the words of the atom it repeats: `&(催|吵)什么~` becomes
 * `(催什么催|吵什么吵)`. The copies are bounded by MAX_REPEATED and MAX_STATES.
 */
export function expandRepeats(node: PatternNode): PatternNode {
  switch (node.t) {
    case 'seq': {
      const items = node.items.map((n): PatternNode => {
        if (isOptionalRepeat(n) || n.t === 'back') return n;
        return n.t === 'cap' ? { t: 'cap', body: expandRepeats(n.body) } : expandRepeats(n);
      });
      for (let i = 0; i < items.length; i++) {
        const optional = isOptionalRepeat(items[i]!);
        if (items[i]!.t !== 'back' && !optional) continue;
        let from = -1;
        for (let j = i - 1; j >= 0; j--) if (items[j]!.t === 'cap') from = j;
        if (from < 0) from = i - 1;
        if (from < 0) throw fail(patternMessages.badRepeat);
        const words = literals(items[from]!);
        if (!words) throw fail(patternMessages.badRepeat);
        if (words.length > MAX_REPEATED)
          throw fail(compileMessages.tooManyRepeated, { count: String(words.length), limit: String(MAX_REPEATED) });
        const between = items.slice(from + 1, i);
        if (between.some(containsRepeat)) throw fail(patternMessages.badCapture);
        const again = (w: number[]): PatternNode[] =>
          optional ? [{ t: 'opt', body: { t: 'seq', items: seqOf(w) } }] : seqOf(w);
        const options: PatternNode[] = words.map((w) => ({ t: 'seq', items: [...seqOf(w), ...between, ...again(w)] }));
        items.splice(from, i - from + 1, { t: 'alt', options });
        i = from;
      }
      return { t: 'seq', items: items.map((n) => (n.t === 'cap' ? n.body : n)) };
    }
    case 'alt':
      return { t: 'alt', options: node.options.map(expandRepeats) };
    case 'opt':
      return { t: 'opt', body: expandRepeats(node.body) };
    case 'cap':
      return expandRepeats(node.body);
    case 'back':
      throw fail(patternMessages.badRepeat);
    default:
      return node;
  }
}

/** `[~]`: the repeated atom may be said again, or not. */
function isOptionalRepeat(node: PatternNode): boolean {
  if (node.t !== 'opt') return false;
  const body = node.body.t === 'seq' && node.body.items.length === 1 ? node.body.items[0]! : node.body;
  return body.t === 'back';
}

function containsRepeat(node: PatternNode): boolean {
  switch (node.t) {
    case 'back':
    case 'cap':
      return true;
    case 'seq':
      return node.items.some(containsRepeat);
    case 'alt':
      return node.options.some(containsRepeat);
    case 'opt':
      return containsRepeat(node.body);
    default:
      return false;
  }
}

function fail(message: PatternError['message'], args?: Record<string, string>): PatternError {
  return { message, ...(args ? { args } : {}) };
}

/** The fewest and the most text units a match of the node covers. */
export function lengthRange(node: PatternNode, fillers: readonly number[][]): [number, number] {
  switch (node.t) {
    case 'char':
      return [1, 1];
    case 'slot':
      return [0, MAX_BLANK];
    case 'barrier':
      return [0, 1];
    case 'filler':
      return [0, 2 * Math.max(0, ...fillers.map((w) => w.length))];
    case 'class':
      return [Math.min(...node.words.map((w) => w.length)), Math.max(...node.words.map((w) => w.length))];
    case 'cap':
      return lengthRange(node.body, fillers);
    case 'opt':
      return [0, lengthRange(node.body, fillers)[1]];
    case 'back':
      return [0, 0];
    case 'seq':
      return node.items.reduce<[number, number]>(
        (acc, item) => {
          const [lo, hi] = lengthRange(item, fillers);
          return [acc[0] + lo, acc[1] + hi];
        },
        [0, 0],
      );
    case 'alt': {
      const ranges = node.options.map((o) => lengthRange(o, fillers));
      return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
    }
  }
}

/** Required words of a node, one of which every match holds, with a score (shortest word). */
function anchorOf(node: PatternNode): number[][] | undefined {
  switch (node.t) {
    case 'char':
      return [[node.c]];
    case 'class':
      return node.words.length > 0 && node.words.every((w) => w.length > 0) ? node.words : undefined;
    case 'cap':
      return anchorOf(node.body);
    case 'alt': {
      const out: number[][] = [];
      for (const option of node.options) {
        const a = anchorOf(option);
        if (!a) return undefined;
        out.push(...a);
      }
      return out;
    }
    case 'seq': {
      let best: number[][] | undefined;
      const consider = (a: number[][] | undefined) => {
        if (a && (!best || score(a) > score(best))) best = a;
      };
      let run: number[] = [];
      for (const item of node.items) {
        if (item.t === 'char') {
          run.push(item.c);
          continue;
        }
        if (run.length > 0) consider([run]);
        run = [];
        consider(anchorOf(item));
      }
      if (run.length > 0) consider([run]);
      return best;
    }
    default:
      return undefined;
  }
}

/**
 * Characters so frequent in agent speech that they make poor anchors (frequent.txt), most
 * frequent first: each with its rank.
 */
const FREQUENT = new Map<number, number>();
for (const c of frequentTable
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('')) {
  const code = foldForMatch(c.charCodeAt(0));
  if (!FREQUENT.has(code)) FREQUENT.set(code, FREQUENT.size);
}

/** How rarely a character is found: 1 for the most frequent, nearly 2 for the least, 3 for any other. */
function rarity(c: number): number {
  const rank = FREQUENT.get(c);
  return rank === undefined ? 3 : 1 + rank / FREQUENT.size;
}

/** Longer anchors of less frequent characters are found at fewer places; so are fewer words. */
function score(words: number[][]): number {
  const weight = (w: number[]) => w.reduce((n, c) => n + rarity(c), 0);
  return Math.min(...words.map(weight)) * 4 - Math.min(words.length, 16) / 4;
}

/** The anchors of a pattern: strings one of which every match contains. */
export function anchors(node: PatternNode): number[][] {
  const a = anchorOf(node);
  if (!a) throw fail(compileMessages.noAnchor);
  const seen = new Set<string>();
  return a.filter((w) => {
    const key = w.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A clause of units larger than this filters too little to be worth reading. */
const MAX_CLAUSE = 64;

/**
 * What every match of a pattern holds, as clauses: each clause lists units one of which every
 * match contains (a clause of one unit is a unit that every match contains). An alternative or
 * a class gives the units its options all hold, and a clause of one unit from each option.
 * The matcher reads a candidate's window for them before running the automaton.
 */
export function requiredClauses(node: PatternNode): number[][] {
  const units = (n: PatternNode): Set<number> => {
    switch (n.t) {
      case 'char':
        return new Set([n.c]);
      case 'cap':
        return units(n.body);
      case 'seq': {
        const all = new Set<number>();
        for (const item of n.items) for (const c of units(item)) all.add(c);
        return all;
      }
      case 'alt':
        return common(n.options.map(units));
      case 'class':
        return common(n.words.map((w) => new Set(w)));
      default:
        return new Set();
    }
  };
  const clauses = (n: PatternNode): number[][] => {
    switch (n.t) {
      case 'char':
        return [[n.c]];
      case 'cap':
        return clauses(n.body);
      case 'seq':
        return n.items.flatMap(clauses);
      case 'alt': {
        const each = n.options.map((o) => best(clauses(o)));
        return [...[...units(n)].map((c) => [c]), ...union(each)];
      }
      case 'class':
        return [
          ...[...units(n)].map((c) => [c]),
          ...union(n.words.map((w) => (w.length > 0 ? [rarest(w)] : undefined))),
        ];
      default:
        return [];
    }
  };
  const all = clauses(node).map((c) => [...new Set(c)].sort((x, y) => x - y));
  // A clause that holds a smaller one says nothing more: keep the smaller.
  const kept = all.filter(
    (c, i) =>
      !all.some((d, j) => (d.length < c.length || (d.length === c.length && j < i)) && d.every((u) => c.includes(u))),
  );
  return kept.sort((x, y) => x.length - y.length);
}

/** The most telling clause of a list: the fewest units, of the rarest characters. */
function best(list: number[][]): number[] | undefined {
  let chosen: number[] | undefined;
  const cost = (c: number[]) => c.length * 4 - Math.max(...c.map(rarity)) / 4;
  for (const c of list) if (!chosen || cost(c) < cost(chosen)) chosen = c;
  return chosen;
}

/** One clause holding a clause of each option, if every option has one and it stays small. */
function union(options: (number[] | undefined)[]): number[][] {
  if (options.length === 0 || options.some((o) => o === undefined)) return [];
  const all = new Set(options.flatMap((o) => o!));
  return all.size <= MAX_CLAUSE ? [[...all]] : [];
}

/** The rarest unit of a word. */
function rarest(word: number[]): number {
  return word.reduce((a, b) => (rarity(b) > rarity(a) ? b : a));
}

/** The units in every set; none when there are no sets. */
function common(sets: Set<number>[]): Set<number> {
  if (sets.length === 0) return new Set();
  return new Set([...sets[0]!].filter((c) => sets.every((s) => s.has(c))));
}
