import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { builtinPhrasebook } from '../src/service';
import { scalarText } from '../src/service/parse/scalarText';
import { PositionMapper } from '../src/service/text/positions';
import { service } from './util';

/** FUZZ_RUNS / FUZZ_SEED come from `npm run fuzz -- --runs N --seed S`; CI uses a small fixed run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

const SAMPLES = join(__dirname, '..', '..', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((n) => n.endsWith('.script.yaml'))
  .sort()
  .map((n) => readFileSync(join(SAMPLES, n), 'utf8'));

const nasty = fc.constantFrom(
  '\u0000',
  '\ufeff',
  '\r\n',
  '\t',
  '\ud800',
  '\udfff',
  '"',
  "'",
  '\\',
  ':',
  '#',
  '- ',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!!str',
  '\n  ',
  '煩',
  '。',
  '？',
  '\u3000',
  'Ｘ',
  '**号',
);
const insertion = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), nasty);

/** A sample changed the way editors and broken files change: flips, cuts, duplicated or lost lines, odd characters. */
const mutatedScript = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
        fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), code: fc.integer({ min: 0, max: 0xffff }) }),
        fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('crlf' as const) }),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([text, edits]) => {
    for (const e of edits) {
      const at = 'at' in e ? e.at % (text.length + 1) : 0;
      const lines = text.split('\n');
      const line = 'at' in e ? e.at % lines.length : 0;
      switch (e.kind) {
        case 'insert':
          text = text.slice(0, at) + e.text + text.slice(at);
          break;
        case 'delete':
          text = text.slice(0, at) + text.slice(at + e.length);
          break;
        case 'flip':
          text = text.slice(0, at) + String.fromCharCode(e.code) + text.slice(at + 1);
          break;
        case 'truncate':
          text = text.slice(0, at);
          break;
        case 'dupLine':
          lines.splice(line, 0, lines[line]!);
          text = lines.join('\n');
          break;
        case 'dropLine':
          lines.splice(line, 1);
          text = lines.join('\n');
          break;
        case 'crlf':
          text = text.replace(/\n/g, '\r\n');
          break;
      }
    }
    return text;
  });

const anyText = fc.oneof(
  mutatedScript,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('fuzz: the service on random and mutated scripts', () => {
  it('never throws, keeps every range inside the document, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = service.validate(text);
        const map = new PositionMapper(text);
        const end = map.position(text.length);
        for (const d of first) {
          const { start, end: stop } = d.range;
          expect(start.line * 1e7 + start.character).toBeLessThanOrEqual(stop.line * 1e7 + stop.character);
          expect(stop.line * 1e7 + stop.character).toBeLessThanOrEqual(end.line * 1e7 + end.character);
          expect(map.offset(start)).toBeLessThanOrEqual(text.length);
        }
        expect(service.validate(text)).toEqual(first);
      }),
      params,
    );
  });

  it('every forbidden-phrase finding covers text that holds a phrase of the phrasebook', () => {
    const { forbiddenMatcher } = builtinPhrasebook();
    fc.assert(
      fc.property(mutatedScript, (text) => {
        const map = new PositionMapper(text);
        for (const d of service.validate(text)) {
          if (d.code !== 'forbidden-phrase') continue;
          const matched = /"(.*)"$/s.exec(String(d.message))![1]!;
          const hits = forbiddenMatcher.scan(matched);
          expect(hits.some((h) => h.start === 0 && h.end === matched.length)).toBe(true);
          const source = text.slice(map.offset(d.range.start), map.offset(d.range.end));
          if (!/[\\'"]/.test(source)) {
            expect(forbiddenMatcher.scan(source).some((h) => h.start === 0 && h.end === source.length)).toBe(true);
          }
        }
      }),
      params,
    );
  });

  it('aligns every scalar of every parseable mutated script with its source', () => {
    fc.assert(
      fc.property(mutatedScript, (text) => {
        const doc = parseDocument(text, { keepSourceTokens: true });
        if (doc.errors.length > 0) return;
        const nodes: Scalar[] = [];
        visit(doc, { Scalar: (_k, n) => void nodes.push(n) });
        for (const node of nodes) {
          if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
          const t = scalarText(text, node);
          expect(t.exact).toBe(true);
          expect(t.value).toBe(node.value);
        }
      }),
      params,
    );
  });
});

describe('hostile input', () => {
  const hostile: Record<string, string> = {
    'alias bomb':
      'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nscript: x\ngreeting: *c\n',
    '10,000-deep flow nesting': `script: x\ngreeting: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    '10,000-deep block nesting': `script: x\n${Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')}\n`,
    'a 1,000,000-character line': `script: x\ngreeting: ${'真'.repeat(1_000_000)}\n`,
    tags: 'script: !!js/function "function(){}"\ngreeting: !foo x\n',
    'merge keys': 'base: &b {agent: 真烦人}\nsteps:\n  - <<: *b\n',
    'duplicate keys': 'script: x\nscript: y\n',
    'NUL and lone surrogates': 'script: x\u0000\ngreeting: "\ud800真烦人"\nclosing: \udfff\n',
  };
  for (const [name, text] of Object.entries(hostile)) {
    it(`gives diagnostics for ${name} without throwing`, () => {
      const d = service.validate(text);
      expect(d.length).toBeGreaterThan(0);
    });
  }
});

describe('nesting limit', () => {
  const deepCompact = `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  ${'- '.repeat(10000)}agent: 真烦人\nclosing: 再见\n`;
  const deepFlow = `script: x\ngreeting: ${'['.repeat(10000)}${']'.repeat(10000)}\n`;

  it('refuses a file nested past the limit with one clear finding, whatever the caller stack', () => {
    for (const text of [deepCompact, deepFlow]) {
      const d = service.validate(text);
      expect(d.map((x) => x.code)).toEqual(['yaml-syntax']);
      expect(d[0]!.message).toMatch(/^The file is nested \d+ levels deep, over the limit of 256: not checked$/);
      const deeper = (n: number): unknown => (n === 0 ? service.validate(text) : deeper(n - 1));
      expect(deeper(500)).toEqual(d);
    }
  });

  it('still checks ordinary nesting', () => {
    const text = `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 真烦人\nclosing: [[再见]]\n`;
    expect(service.validate(text).some((x) => x.code === 'forbidden-phrase')).toBe(true);
  });
});
