import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseCache, parseScript } from '../../src/service/parse/scriptModel';
import { comments } from '../../src/service/waivers/comments';
import { parseWaivers } from '../../src/service/waivers/parseWaivers';

/** FUZZ_RUNS / FUZZ_SEED as in fuzz.test.ts; CI runs a small fixed sample. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((n) => n.endsWith('.script.yaml'))
  .sort()
  .map((n) => readFileSync(join(SAMPLES, n), 'utf8'));

/** The waivers a lexer run over the whole text finds, by offset. */
const everywhere = (text: string) =>
  comments(text)
    .filter((c) => /^#[ \t]*huashu-(?:disable|enable)/.test(c.source))
    .map((c) => c.start);

const pieces = fc.constantFrom(
  '# huashu-disable-next-line forbidden-phrase -- 反例',
  '#huashu-enable',
  '  # huashu-disable forbidden-phrase',
  '    # huashu-disable-next-line -- x',
  '- agent: 好的 # huashu-disable-line -- y',
  '  - agent: |',
  '      # huashu-disable-next-line -- 块里的文字',
  '    note: "引号',
  '      # huashu-enable 引号里',
  '      结束"',
  "  - agent: '单引号",
  '  - agent: >',
  '  - id: x',
  'brand: |',
  '  - [a, # huashu-enable',
  '  b]',
  '',
);

/** A sample with lines of waivers, strings and turns dropped in at random lines. */
const script = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fc.array(pieces, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([sample, inserts, crlf]) => {
    const lines = sample.split('\n');
    for (const [at, block] of inserts) lines.splice(at % (lines.length + 1), 0, ...block);
    const text = lines.join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const turns = fc.constantFrom(
  '  - agent: 好的',
  '  # huashu-disable-next-line forbidden-phrase -- 反例\n  - agent: 真烦人',
  '  - agent: |\n      # huashu-disable-next-line -- 块里的文字\n      真烦人',
  '  - agent: 好的\n    note: "写法：\n      # huashu-enable x\n      结束"',
  '  - agent: 好的  # huashu-disable-line -- 行尾',
  '  - id: a\n    agent: >\n      好\n\n      # huashu-disable x\n    customer: 嗯',
  '# huashu-disable -- 顶格的注释',
  '  - agent: [好的, # huashu-enable\n      再见]',
  "  - agent: '单引号\n\n      # huashu-disable-line 引号里'",
  '  - agent: 多行\n      写法#huashu-disable x\n      更多',
  '  -   agent: 好的\n      # huashu-disable-next-line -- 轮次里\n      customer: 嗯',
);

/** A valid script built of turns that hold waivers, waiver-looking strings, or both. */
const validScript = fc
  .tuple(fc.array(turns, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([steps, brand, scenario, crlf]) => {
    const text =
      'script: 测试\n' +
      (brand ? 'brand: |\n  # huashu-disable-next-line -- 口号\n  江南\n' : '') +
      'greeting: 您好\nsteps:\n' +
      steps.join('\n') +
      '\n' +
      (scenario ? `scenarios:\n  投诉:\n${steps.map((t) => t.replace(/^/gm, '  ')).join('\n')}\n` : '') +
      'closing: 再见 # huashu-enable\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('reading waivers from the parts of a script that hold them', () => {
  it('finds in valid scripts exactly the comments a lexer run over the whole text finds', () => {
    fc.assert(
      fc.property(validScript, (text) => {
        const model = parseScript(text);
        expect(model.doc.errors).toEqual([]);
        expect(parseWaivers(model).map((w) => w.start)).toEqual(everywhere(text));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('finds exactly the comments a lexer run over the whole text finds, parsed fresh or in pieces', () => {
    fc.assert(
      fc.property(script, fc.constantFrom(...samples), (text, before) => {
        const expected = everywhere(text);
        expect(parseWaivers(parseScript(text)).map((w) => w.start)).toEqual(expected);
        const cache = new ParseCache();
        parseScript(before, cache);
        expect(parseWaivers(parseScript(text, cache)).map((w) => w.start)).toEqual(expected);
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
  });
});
