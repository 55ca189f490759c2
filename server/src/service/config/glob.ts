/**
 * File globs of `overrides.files`, matched in time linear in the path for a given glob (a set
 * of states advanced one character at a time), so no glob can backtrack catastrophically.
 *
 * Syntax: `*` (any characters but `/`), `?` (one such character), `[abc]`, `[a-z]`, `[!a]`
 * and `[^a]`, `**` as a whole segment (any number of folders), `{a,b}` alternatives (nested),
 * `\` to escape. A leading `./` is ignored. Paths use `/`.
 */

/** Limits that keep one glob's cost per path bounded. */
export const GLOB_LIMITS = { length: 1000, alternatives: 100 };

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'one' }
  | { kind: 'class'; test: (c: string) => boolean }
  | { kind: 'star' }
  /** `**` followed by `/`: zero or more whole folders. */
  | { kind: 'folders' }
  /** `/**` at the end: nothing, or `/` and anything. */
  | { kind: 'tail' };

export type GlobResult =
  | { match: (path: string) => boolean }
  | { error: 'tooLong' | 'tooManyAlternatives' }
  | { error: 'unsupported'; glob: string };

/** Negation (`!a`) and extglobs (`@(a|b)`, `!(a)`, `+(a)`, `*(a)`, `?(a)`) are not supported: refused, never read as literal text. */
const UNSUPPORTED = /^!|(?<!\\)[@!+*?]\(/;

/** Expands `{a,b}` alternatives; undefined past the limit. A brace group without a comma is literal. */
function expandBraces(glob: string, limit: number): string[] | undefined {
  const open = findGroup(glob);
  if (!open) return [glob];
  const { start, end, options } = open;
  const out: string[] = [];
  for (const option of options) {
    const rest = expandBraces(glob.slice(0, start) + option + glob.slice(end + 1), limit);
    if (!rest || out.length + rest.length > limit) return undefined;
    out.push(...rest);
  }
  return out;
}

/** The first `{…}` group holding a top-level comma, with its options. */
function findGroup(glob: string): { start: number; end: number; options: string[] } | undefined {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    if (glob[i] !== '{') continue;
    let depth = 0;
    let last = i + 1;
    const options: string[] = [];
    for (let j = i; j < glob.length; j++) {
      const c = glob[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        if (options.length === 0) break;
        options.push(glob.slice(last, j));
        return { start: i, end: j, options };
      } else if (c === ',' && depth === 1) {
        options.push(glob.slice(last, j));
        last = j + 1;
      }
    }
  }
  return undefined;
}

/** A `[…]` class starting at `at`: its test and the index after it, or undefined when unclosed. */
function readClass(glob: string, at: number): { test: (c: string) => boolean; next: number } | undefined {
  let i = at + 1;
  const negate = glob[i] === '!' || glob[i] === '^';
  if (negate) i++;
  const ranges: Array<[string, string]> = [];
  for (let first = true; i < glob.length; first = false) {
    if (glob[i] === ']' && !first) {
      return { test: (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negate, next: i + 1 };
    }
    let lo = glob[i]!;
    if (lo === '\\' && i + 1 < glob.length) lo = glob[++i]!;
    i++;
    let hi = lo;
    if (glob[i] === '-' && i + 1 < glob.length && glob[i + 1] !== ']') {
      hi = glob[i + 1] === '\\' && i + 2 < glob.length ? glob[(i += 2)]! : glob[++i]!;
      i++;
    }
    ranges.push([lo, hi]);
  }
  return undefined;
}

function segmentTokens(segment: string, out: Token[]): void {
  if (/^\*+$/.test(segment)) {
    out.push({ kind: 'one' }, { kind: 'star' });
    return;
  }
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) out.push({ kind: 'char', char: segment[++i]! });
    else if (c === '?') out.push({ kind: 'one' });
    else if (c === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '[') {
      const cls = readClass(segment, i);
      if (cls) {
        out.push({ kind: 'class', test: cls.test });
        i = cls.next - 1;
      } else out.push({ kind: 'char', char: c });
    } else out.push({ kind: 'char', char: c });
  }
}

function tokenize(glob: string): Token[] {
  const segments = glob
    .replace(/^(\.\/)+/, '')
    .split('/')
    .filter((s, i, all) => !(s === '**' && all[i - 1] === '**'));
  const tokens: Token[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**' && last) {
      if (i === 0) tokens.push({ kind: 'one' }, { kind: 'star' }, { kind: 'tail' });
      else tokens.push({ kind: 'tail' });
      return;
    }
    if (i > 0 && tokens[tokens.length - 1]?.kind !== 'folders') tokens.push({ kind: 'char', char: '/' });
    if (segment === '**') tokens.push({ kind: 'folders' });
    else segmentTokens(segment, tokens);
  });
  return tokens;
}

/** Runs the tokens as a set of states over the path: O(path × tokens). */
function matches(tokens: readonly Token[], path: string): boolean {
  const m = tokens.length;
  const SINK = m + 1;
  let current = new Uint8Array(m + 2);
  let next = new Uint8Array(m + 2);
  const close = (states: Uint8Array, atBoundary: boolean) => {
    for (let i = 0; i < m; i++) {
      if (!states[i]) continue;
      const kind = tokens[i]!.kind;
      if (kind === 'star' || kind === 'tail' || (kind === 'folders' && atBoundary)) states[i + 1] = 1;
    }
  };
  current[0] = 1;
  close(current, true);
  for (let p = 0; p < path.length; p++) {
    const c = path[p]!;
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (!current[i]) continue;
      const t = tokens[i]!;
      let to = -1;
      if (t.kind === 'char') to = c === t.char ? i + 1 : -1;
      else if (t.kind === 'one') to = c !== '/' ? i + 1 : -1;
      else if (t.kind === 'class') to = c !== '/' && t.test(c) ? i + 1 : -1;
      else if (t.kind === 'star') to = c !== '/' ? i : -1;
      else if (t.kind === 'folders') to = i;
      else to = c === '/' ? SINK : -1;
      if (to >= 0) {
        next[to] = 1;
        alive = true;
      }
    }
    if (current[SINK]) {
      next[SINK] = 1;
      alive = true;
    }
    if (!alive) return false;
    close(next, c === '/');
    [current, next] = [next, current];
  }
  return current[m] === 1 || current[SINK] === 1;
}

/** Compiles globs (any of them matching); an error when one is over the limits. */
export function compileGlobs(globs: readonly string[]): GlobResult {
  const alternatives: Token[][] = [];
  for (const glob of globs) {
    if (glob.length > GLOB_LIMITS.length) return { error: 'tooLong' };
    if (UNSUPPORTED.test(glob)) return { error: 'unsupported', glob };
    const expanded = expandBraces(glob, GLOB_LIMITS.alternatives);
    if (!expanded || alternatives.length + expanded.length > GLOB_LIMITS.alternatives)
      return { error: 'tooManyAlternatives' };
    for (const alternative of expanded) alternatives.push(tokenize(alternative));
  }
  return { match: (path) => alternatives.some((tokens) => matches(tokens, path)) };
}
