import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseCache, parseScript } from '../src/service/parse/scriptModel';
import { generateScript } from '../../bench/generate';
import { service, slice } from './util';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const SAMPLES = join(__dirname, '..', '..', 'samples');
const samples = readdirSync(SAMPLES)
  .filter((n) => n.endsWith('.script.yaml'))
  .sort()
  .map((n) => readFileSync(join(SAMPLES, n), 'utf8'));

const fresh = (text: string) => service.validate(parseScript(text));

describe('parsing in pieces with a cache', () => {
  it('gives the same diagnostics as a full parse on every sample and on generated scripts', () => {
    for (const text of [...samples, generateScript(300, 1), generateScript(300, 2, 0.5)]) {
      const cache = new ParseCache();
      expect(service.validate(parseScript(text, cache))).toEqual(fresh(text));
      expect(service.validate(parseScript(text, cache))).toEqual(fresh(text));
    }
  });

  it('really reuses pieces: the model of an unchanged turn is the same object after an edit elsewhere', () => {
    const text = generateScript(200, 3);
    const cache = new ParseCache();
    const before = parseScript(text, cache);
    const lastTurn = before.turns[before.turns.length - 1]!.node;
    const edited = text.replace('greeting: 您好', 'greeting: 您好您好');
    const after = parseScript(edited, cache);
    expect(after.turns[after.turns.length - 1]!.node).toBe(lastTurn);
    expect(service.validate(after)).toEqual(fresh(edited));
  });

  it('keeps identical turns apart when one is duplicated or removed', () => {
    const turn = '  - agent: 真烦人\n';
    const base = `script: x\ngreeting: 工号{agent_id}\nsteps:\n${turn}${turn}  - agent: 好的\nclosing: 再见\n`;
    const cache = new ParseCache();
    service.validate(parseScript(base, cache));
    for (const text of [
      base.replace(turn, turn + turn),
      base.replace(turn, ''),
      base.replace(turn + turn, turn + turn + turn + turn),
      base,
    ]) {
      const model = parseScript(text, cache);
      expect(new Set(model.turns.map((t) => t.node)).size).toBe(model.turns.length);
      expect(service.validate(model)).toEqual(fresh(text));
    }
  });

  it('does not take a turn for its neighbour of the same length when a top-level key is inserted above steps', () => {
    const before =
      'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 请您稍等片刻\n  - agent: 你们真烦人啊\nclosing: 再见\n';
    const after = before.replace('steps:', 'brand: 江南\nsteps:');
    const cache = new ParseCache();
    service.validate(parseScript(before, cache));
    const model = parseScript(after, cache);
    expect(model.speech.map((s) => after.slice(s.node.range![0], s.node.range![1]))).toEqual(
      model.speech.map((s) => s.text.value),
    );
    const diagnostics = service.validate(model);
    expect(diagnostics).toEqual(fresh(after));
    const forbidden = diagnostics.filter((d) => d.code === 'forbidden-phrase').map((d) => slice(after, d.range));
    expect(forbidden).toEqual(['真烦人']);
  });

  it('after any sequence of edits, equals a fresh check of the final text', () => {
    const base = fc.constantFrom(...samples, generateScript(120, 4, 0.3));
    const edit = fc.record({
      at: fc.nat(),
      length: fc.integer({ min: 0, max: 6 }),
      text: fc.oneof(
        fc.constantFrom(
          '真烦人',
          '煩',
          '\n',
          '\n  - agent: 我不知道\n',
          '  ',
          '- ',
          ':',
          '"',
          "'",
          '#',
          '{agent_id}',
          '好',
          '',
          '\nsteps:\n',
          '&a',
          '|\n',
        ),
        fc.string({ maxLength: 4 }),
      ),
    });
    fc.assert(
      fc.property(base, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const cache = new ParseCache();
        let text = start;
        service.validate(parseScript(text, cache));
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.text + text.slice(at + e.length);
          expect(service.validate(parseScript(text, cache))).toEqual(fresh(text));
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
