import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseCache, parseScript } from '../../src/service/parse/scriptModel';
import { applyEdit, baseScripts, checkEditSequences, compare } from './editSequences';

/** FUZZ_EDITS (else FUZZ_RUNS) counts single edits here, in sequences of 10; `npm run fuzz -- --edits N` sets it. */
const EDITS = Number(process.env.FUZZ_EDITS ?? process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

describe('the incremental parse under random edit sequences', () => {
  it('inserting a top-level key above steps keeps two turns of the same length apart', () => {
    const base = baseScripts()[0]!;
    const cache = new ParseCache();
    parseScript(base, cache);
    const edited = applyEdit(base, { kind: 'keyAboveSteps', text: 0 });
    expect(edited).toContain('brand: 江南\nsteps:');
    expect(compare(edited, cache)).toBeUndefined();
  });

  it('a turn rewritten to the length of its neighbour, then the neighbours swapped, equal a fresh parse', () => {
    const cache = new ParseCache();
    let text = baseScripts()[1]!;
    parseScript(text, cache);
    for (const edit of [
      { kind: 'sameLengthAsNeighbour', turn: 0, forbidden: true },
      { kind: 'swapTurns', turn: 0 },
      { kind: 'keyAboveSteps', text: 0 },
      { kind: 'duplicateTurn', turn: 1, to: 0 },
      { kind: 'deleteTurn', turn: 0 },
    ] as const) {
      text = applyEdit(text, edit);
      expect(compare(text, cache)).toBeUndefined();
    }
  });

  it('an empty value with a comment, or a comment on its own line, before more pieces, ends where a full parse ends it', () => {
    const base = baseScripts()[0]!;
    const cache = new ParseCache();
    parseScript(base, cache);
    for (const edited of [
      base.replace('  - agent: 请您稍等片刻\n', '  - # 待补\n  \n'),
      base.replace('  - agent: 请您稍等片刻\n', '  - agent: # 待补\n'),
      `scenarios:\n# 注释\n${base}`,
      base.replace('steps:', 'steps: # 步骤'),
      base.replace('  - agent: 请您稍等片刻\n', '  - agent: |-\n      请您稍等片刻\n    #  备注\n'),
      base.replace('  - agent: 请您稍等片刻\n', '  - agent: 请您稍等片刻\n    # 备注\n'),
    ]) {
      expect(compare(edited, cache)).toBeUndefined();
    }
  });

  it('a scenario key inserted twice is a duplicate key, as in a full parse', () => {
    const cache = new ParseCache();
    let text = baseScripts()[1]!;
    parseScript(text, cache);
    for (let i = 0; i < 2; i++) {
      text = text.replace('scenarios:\n', 'scenarios:\n  late:\n');
      expect(compare(text, cache)).toBeUndefined();
    }
    expect(parseScript(text, cache).syntax.length).toBeGreaterThan(0);
  });

  it('a comment after `steps:` keeps the turns in pieces', () => {
    const text = baseScripts()[0]!.replace('steps:', 'steps: # 步骤');
    const cache = new ParseCache();
    const before = parseScript(text, cache);
    const edited = text.replace('script: 同长', 'script: 同长了');
    const after = parseScript(edited, cache);
    expect(after.turns[after.turns.length - 1]!.node).toBe(before.turns[before.turns.length - 1]!.node);
    expect(compare(edited, cache)).toBeUndefined();
  });

  it('a turn after a block scalar indented too little reads as in a full parse, past its first line', () => {
    const cache = new ParseCache();
    // The script the sequence was found on (the all-rules sample of that day), kept as it was.
    let text = readFileSync(join(__dirname, 'fixtures', 'block-indent-regression.script.yaml'), 'utf8');
    parseScript(text, cache);
    const sequence = [
      { kind: 'deleteTurn', turn: 629798047 },
      { kind: 'sameLengthAsNeighbour', turn: 0, forbidden: false },
      { kind: 'insertLine', line: 876351217, text: 9 },
      { kind: 'duplicateTurn', turn: 0, to: 1000778539 },
      { kind: 'raw', at: 1391549269, length: 2, text: '{' },
      { kind: 'insertLine', line: 95810552, text: 171860051 },
      { kind: 'insertLine', line: 170046114, text: 56762010 },
      { kind: 'deleteLine', line: 1341652957 },
    ] as const;
    for (const edit of sequence) {
      text = applyEdit(text, edit);
      expect(compare(text, cache)).toBeUndefined();
    }
    expect(text).toContain('  - agent: >\n    - agent: 急什么\n');
  });

  it(`after every edit of ${EDITS} random edits, equals a fresh parse (seed ${SEED})`, () => {
    const run = checkEditSequences({ edits: EDITS, seed: SEED });
    if (process.env.FUZZ_EDITS ?? process.env.FUZZ_RUNS)
      process.stdout.write(`edit sequences: ${run.edits} edits compared, seed ${SEED}\n`);
    expect(run.failure).toBeUndefined();
    expect(run.edits).toBeGreaterThan(0);
  });
});
