import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { PARSE_OPTIONS } from '../../src/service/parse/parseCache';
import { split } from '../../src/service/parse/pieces';
import { parseYaml, readQuickly } from '../../src/service/parse/quickReader';
import { generateScript } from '../../../bench/generate';

const ROOT = join(__dirname, '..', '..', '..');

/** Every own enumerable property of a node except its children, as comparable text. */
function ownProperties(node: object): string {
  const entries = Object.entries(node)
    .filter(([k]) => k !== 'items' && k !== 'key' && !(k === 'value' && !isScalar(node)))
    .map(([k, v]) => [k, v instanceof Object && !Array.isArray(v) ? `${v.constructor.name}` : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}

/** Where two nodes differ (class, kind, any own property, any child), or undefined. */
function difference(a: unknown, b: unknown, path: string): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} ≠ ${String(b)}`;
  }
  if (a.constructor !== b.constructor) return `${path}: ${a.constructor.name} ≠ ${b.constructor.name}`;
  if (isScalar(a) !== isScalar(b) || isMap(a) !== isMap(b) || isSeq(a) !== isSeq(b) || isPair(a) !== isPair(b)) {
    return `${path}: node kind`;
  }
  const pa = ownProperties(a);
  const pb = ownProperties(b);
  if (pa !== pb) return `${path}: ${pa} ≠ ${pb}`;
  if (isPair(a) && isPair(b)) {
    return difference(a.key, b.key, `${path}.key`) ?? difference(a.value, b.value, `${path}.value`);
  }
  if ((isMap(a) || isSeq(a)) && (isMap(b) || isSeq(b))) {
    if (a.items.length !== b.items.length) return `${path}: ${a.items.length} ≠ ${b.items.length} items`;
    for (let i = 0; i < a.items.length; i++) {
      const d = difference(a.items[i], b.items[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  return undefined;
}

function documentDifference(quick: Document.Parsed, general: Document.Parsed): string | undefined {
  if (general.errors.length > 0 || general.warnings.length > 0)
    return `read quickly, but: ${general.errors[0]?.message}`;
  const top = (d: Document.Parsed) =>
    JSON.stringify({
      range: d.range,
      commentBefore: d.commentBefore,
      comment: d.comment,
      directives: d.directives,
      options: d.options,
      errors: d.errors.length,
      warnings: d.warnings.length,
      js: d.toJS(),
    });
  if (top(quick) !== top(general)) return `document: ${top(quick)} ≠ ${top(general)}`;
  if (quick.toString() !== general.toString()) return 'toString';
  return difference(quick.contents, general.contents, 'contents');
}

/** Checks one text; returns whether it was read quickly. */
function check(text: string): boolean {
  const quick = readQuickly(text);
  if (!quick) return false;
  const d = documentDifference(quick, parseDocument(text, PARSE_OPTIONS));
  if (d) throw new Error(`${d}\n--- text ---\n${text}`);
  return true;
}

const KEYS = [
  'script',
  'brand',
  'steps',
  'closing',
  'agent',
  'customer',
  'id',
  'next',
  'note',
  'when',
  'a:b',
  'x y',
  '您好',
];
const ODD_KEYS = ['1', 'null', '- a', '"q"', 'a #b', 'k ', '? k'];
const PLAIN = [
  '您好，{brand}，工号{agent_id}为您服务',
  '请您稍等',
  '好的',
  'a#b',
  'tail ',
  'nothing',
  'Fine',
  '好的 # 备注',
  '好的  #备注 ',
];
const ODD_PLAIN = [
  'null',
  'True',
  '~',
  '12',
  '0x1F',
  '1.50',
  '1e3',
  '.inf',
  '-.5',
  'false',
  'no',
  'x: y',
  'a #c',
  '-x',
  '- x',
  '{customer}，您好',
  '[x]',
  '&a x',
  '*a',
  '!t x',
  '@x',
  ':)',
  '?x',
  'a:',
  'a: ',
  '',
];
const QUOTED_PARTS = [
  '您好',
  '您好',
  ' ',
  '#',
  ': ',
  "''",
  '\\"',
  '\\\\',
  '\\n',
  '\\u60a8',
  '\\x41',
  '\\U0001F600',
  '\\/',
  '\\_',
];
const ODD_QUOTED_PARTS = ["'", '"', '\\', '\\q', '\\u12', '\\U00110000'];

/** Mostly the forms the quick reader handles, and one in `1 / (1 + common)` of the others. */
function documents(common: number) {
  const pick = (usual: readonly string[], odd: readonly string[]) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...usual), weight: common },
      { arbitrary: fc.constantFrom(...odd), weight: 1 },
    );
  const plain = pick(PLAIN, ODD_PLAIN);
  const quoted = fc
    .tuple(
      fc.constantFrom('"', "'"),
      fc.array(pick(QUOTED_PARTS, ODD_QUOTED_PARTS), { maxLength: 5 }),
      pick(['close'], ['']),
    )
    .map(([q, parts, close]) => q + parts.join('') + (close ? q : ''))
    .chain((text) => pick(['', '', ' # 备注'], ['# 紧贴', ' x']).map((after) => text + after));
  const block = fc
    .tuple(
      pick(['|', '>', '|-', '>-', '|+', '>+', '|  '], ['|2', '| # c', '>1-']),
      pick(['好的', '请您稍等 ', 'a: b', '# 不是注释', '- x'], ['', '  多缩进']),
      fc.array(pick(['好的', '', 'a: b', '# 不是注释', '请您稍等 ', '- x'], ['  多缩进', '  ']), { maxLength: 4 }),
      fc.constantFrom(0, 1, 2),
    )
    .map(([header, first, lines, extra]) => ({ kind: 'block' as const, header, lines: [first, ...lines], extra }));
  const key = pick(KEYS, ODD_KEYS);
  const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(plain, quoted).map((text) => ({ kind: 'scalar' as const, text })),
      block,
      fc
        .uniqueArray(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k })
        .map((pairs) => ({ kind: 'map' as const, pairs })),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'seq' as const, items })),
    ),
  })).node;
  const separator = pick([NO_BLANK, NO_BLANK, NO_BLANK, NO_BLANK, NO_BLANK, ...SEPARATORS], ODD_SEPARATORS);
  return fc
    .tuple(
      fc.uniqueArray(fc.tuple(key, shape), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
      fc.array(separator, { minLength: 11, maxLength: 11 }),
      fc.constantFrom('\n', '', '\n\n', '\n# 结尾\n'),
      fc.constantFrom('\n', '\n', '\r\n'),
    )
    .map(([pairs, separators, tail, eol]) => {
      let i = 0;
      const between = (indent: number) => lines(separators[i++ % separators.length]!, indent);
      const text = [
        ...between(0),
        ...pairs.flatMap(([k, value], j) => [...(j > 0 ? between(0) : []), ...render(value, 2, `${k}:`, between)]),
      ];
      return (text.join('\n') + tail).replaceAll('\n', eol);
    });
}

type Shape =
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; header: string; lines: string[]; extra: number }
  | { kind: 'map'; pairs: Array<[string, Shape]> }
  | { kind: 'seq'; items: Shape[] };

/** What stands between two entries: nothing, blank lines, comments (`@` stands for the entries' indentation). */
const NO_BLANK = 'none';
const SEPARATORS = [
  '',
  '@# 备注',
  '# 顶格注释',
  '\n@# 备注',
  '@# 一\n@# 二',
  '@# 备注\n',
  '@# 一\n\n@# 二',
  '@# 注\n\n',
];
const ODD_SEPARATORS = ['  ', '@  # 更深', '@#', '@# 尾空格  '];
const lines = (separator: string, indent: number): string[] =>
  separator === NO_BLANK ? [] : separator.replaceAll('@', ' '.repeat(indent)).split('\n');

/** YAML lines for a node whose own lines start at `indent`, as the value after `lead` (a key and colon, or a dash). */
function render(node: Shape, indent: number, lead: string, between: (indent: number) => string[]): string[] {
  const pad = (n: number) => ' '.repeat(n);
  const below = lead !== '' && !lead.endsWith('-');
  const withBlanks = (parts: string[][], at: number) =>
    parts.flatMap((entry, i) => (i > 0 || below ? [...between(at), ...entry] : entry));
  switch (node.kind) {
    case 'scalar':
      return [`${lead}${lead ? ' ' : ''}${node.text}`];
    case 'block':
      return [
        `${lead}${lead ? ' ' : ''}${node.header}`,
        ...node.lines.map((l) => (l === '' ? '' : pad(indent + node.extra) + l)),
      ];
    case 'map': {
      const lines = withBlanks(
        node.pairs.map(([key, value]) => render(value, indent + 2, `${pad(indent)}${key}:`, between)),
        indent,
      );
      if (lead === '') return lines;
      if (lead.endsWith('-')) return [`${lead} ${lines[0]!.trimStart()}`, ...lines.slice(1)];
      return [lead, ...lines];
    }
    case 'seq': {
      const dash = lead.endsWith(':') && indent % 3 === 0 ? indent - 2 : indent;
      const lines = withBlanks(
        node.items.map((item) => render(item, dash + 2, `${pad(dash)}-`, between)),
        dash,
      );
      return lead === '' ? lines : [lead, ...lines];
    }
  }
}

const document = documents(2);
const handled = documents(40);

/** A random change of a few characters that often lands on YAML syntax. */
const mutation = fc.tuple(
  fc.nat(),
  fc.nat(3),
  fc.constantFrom(
    '',
    ' ',
    '  ',
    '\n',
    '- ',
    ': ',
    '#',
    '"',
    "'",
    '|',
    '>',
    '{',
    '&a ',
    '*a',
    '!',
    '\t',
    '\r\n',
    '\r',
    '---\n',
    '您',
  ),
);
const mutate = (text: string, [at, remove, insert]: [number, number, string]) => {
  const p = at % (text.length + 1);
  return text.slice(0, p) + insert + text.slice(p + remove);
};

/** Checks `numRuns` generated texts; returns the share read quickly. */
function quickShare(texts: fc.Arbitrary<string>, numRuns: number, seed: number): number {
  let quick = 0;
  let total = 0;
  fc.assert(
    fc.property(texts, (text) => {
      total++;
      if (check(text)) quick++;
    }),
    { numRuns, seed },
  );
  return quick / total;
}

describe('the quick reader builds the document the general parser builds', () => {
  it('on generated documents of every handled form, node for node, or gives up', () => {
    // The generator must exercise the quick path, not only the giving up.
    expect(quickShare(handled, 3000, 20261130)).toBeGreaterThan(0.4);
  });

  it('on generated documents with odd forms mixed in', () => {
    fc.assert(
      fc.property(document, (text) => {
        check(text);
      }),
      { numRuns: 3000, seed: 20261133 },
    );
  });

  it('on random mutations of generated documents', () => {
    fc.assert(
      fc.property(document, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, changes) => {
        check(changes.reduce(mutate, text));
      }),
      { numRuns: 3000, seed: 20261131 },
    );
  });

  it('on every script in the repository and benchmark scripts, and reads the benchmark scripts quickly', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(entry.name)) files.push(path);
      }
    };
    for (const dir of ['samples', 'server/test', 'test', 'server/src/service/phrasebook', 'bench'])
      walk(join(ROOT, dir));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) check(readFileSync(file, 'utf8'));
    // The samples are scripts as teams write them, comments included; all-rules.script.yaml
    // holds a repeated key on purpose.
    for (const name of readdirSync(join(ROOT, 'samples'))) {
      expect(check(readFileSync(join(ROOT, 'samples', name), 'utf8')), name).toBe(name !== 'all-rules.script.yaml');
    }
    for (const lines of [10, 100, 1000]) {
      const text = generateScript(lines, 7 + lines);
      expect(check(text)).toBe(true);
      expect(check(text.replaceAll('\n', '\r\n'))).toBe(true);
    }
  });

  it('on mutations of a benchmark script', () => {
    const base = generateScript(60, 99);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        check(changes.reduce(mutate, base));
      }),
      { numRuns: 3000, seed: 20261132 },
    );
  });

  it('on mutations of the samples, with their comments, in LF and CRLF', () => {
    const samples = readdirSync(join(ROOT, 'samples')).map((name) => readFileSync(join(ROOT, 'samples', name), 'utf8'));
    const base = fc
      .tuple(fc.constantFrom(...samples), fc.boolean())
      .map(([text, crlf]) => (crlf ? text.replaceAll('\n', '\r\n') : text));
    fc.assert(
      fc.property(base, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, changes) => {
        check(changes.reduce(mutate, text));
      }),
      { numRuns: 1500, seed: 20261134 },
    );
  });

  it('on generated documents indented as a whole, and mutations of them', () => {
    const indented = fc
      .tuple(handled, fc.integer({ min: 1, max: 4 }))
      .map(([text, n]) => text.replace(/^(?=[^\r\n])/gm, ' '.repeat(n)));
    // Comments around an indented root are left to the general parser; the rest is read quickly.
    expect(quickShare(indented, 2000, 20261135)).toBeGreaterThan(0.1);
    fc.assert(
      fc.property(indented, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, changes) => {
        check(changes.reduce(mutate, text));
      }),
      { numRuns: 2000, seed: 20261136 },
    );
  });

  it('on the pieces the editor re-reads alone (turns, scenarios), and reads those of benchmark scripts quickly', () => {
    const pieces = (text: string) => (split(text) ?? []).map((p) => text.slice(p.start, p.end));
    const samples = readdirSync(join(ROOT, 'samples')).map((name) => readFileSync(join(ROOT, 'samples', name), 'utf8'));
    for (const text of samples) for (const piece of pieces(text)) check(piece);
    for (const seed of [1, 2, 3]) {
      const text = generateScript(300, seed);
      const indented = pieces(text).filter((piece) => piece.startsWith(' '));
      expect(indented.length).toBeGreaterThan(20);
      for (const piece of indented) expect(check(piece), piece).toBe(true);
    }
    const all = samples.flatMap(pieces);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(mutation, { minLength: 1, maxLength: 3 }), (piece, changes) => {
        check(changes.reduce(mutate, piece));
      }),
      { numRuns: 2000, seed: 20261137 },
    );
  });

  it('takes spaces that end the text without a line break for no blank line', () => {
    for (const text of ['steps:\n ', 'steps:\n   ', '  - agent: 好\n    customer:\n  ', 'a: b\n ']) {
      expect(check(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('parseYaml reads what the quick reader gives up on with the general parser', () => {
    const text = 'script: x\nsteps: [a, b]\n';
    expect(readQuickly(text)).toBeUndefined();
    const doc = parseYaml(text);
    expect(doc.toJS()).toEqual({ script: 'x', steps: ['a', 'b'] });
    expect(parseYaml('script: x\n').toJS()).toEqual({ script: 'x' });
  });
});
