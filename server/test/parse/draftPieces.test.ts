import { describe, expect, it } from 'vitest';
import { ParseCache, parseScript, type ScriptModel } from '../../src/service/parse/scriptModel';
import { generateScript } from '../../../bench/generate';
import { compare } from './editSequences';

/**
 * A draft's real state keeps the parse incremental: the pieces an edit did not touch are the
 * same objects after it (reused, not parsed again), and the result is a fresh parse's.
 */

const lastTurn = (model: ScriptModel) => model.turns[model.turns.length - 1]!.node;
/** The turn that starts with `line`; read it before the next parse, which shifts reused nodes. */
const turnAt = (model: ScriptModel, line: string) =>
  model.turns.find((t) => model.text.startsWith(line, t.node.range![0]))!.node;

/** A generated script with every quoted `{customer}，…` value unquoted: YAML errors in many turns. */
function draft(lines: number, seed: number): string {
  const text = generateScript(lines, seed).replace(/'(\{customer\}[^'\n]*)'/g, '$1');
  expect(parseScript(text).syntax.length).toBeGreaterThan(2);
  return text;
}

/** Inserts `line` before the turn whose id is `id`. */
const before = (text: string, id: string, line: string) => text.replace(`  - id: ${id}\n`, `${line}\n  - id: ${id}\n`);

describe('parsing in pieces a draft with YAML errors', () => {
  it('re-parses only the edited turn when other turns have YAML errors', () => {
    const text = draft(400, 5);
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    const edited = text.replace('  - id: t3\n', '  - id: t3x\n');
    const after = parseScript(edited, cache);
    expect(lastTurn(after)).toBe(lastTurn(first));
    expect(after.syntax).toEqual(parseScript(edited).syntax);
    expect(compare(edited, cache)).toBeUndefined();
  });

  it('reports the error of a piece from that piece, at its place in the file', () => {
    const text =
      'script: x\ngreeting: 工号{agent_id}\nsteps:\n  - agent: 好的\n  - agent: {customer}，您好\nclosing: 再见\n';
    const cache = new ParseCache();
    parseScript(text.replace('{customer}，您好', '您好'), cache);
    const model = parseScript(text, cache);
    const quoted = model.syntax.find((s) => s.fix !== undefined);
    expect(quoted && text.slice(quoted.start, quoted.end)).toBe('{customer}，您好');
    expect(compare(text, cache)).toBeUndefined();
  });

  it('keeps the pieces below an error at the top while the writer types in the error', () => {
    const text = generateScript(300, 6).replace('greeting: ', 'greeting: {customer}，');
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    expect(first.syntax.length).toBeGreaterThan(0);
    const t1 = turnAt(first, 'id: t1\n');
    const typed = text.replace('greeting: {customer}，', 'greeting: {customer}，您');
    const after = parseScript(typed, cache);
    expect(lastTurn(after)).toBe(lastTurn(first));
    expect(turnAt(after, 'id: t1\n')).toBe(t1);
    expect(compare(typed, cache)).toBeUndefined();
  });

  it('costs only its turn while a quote is open and a closing quote comes later in the file', () => {
    const base = generateScript(300, 7);
    const text = before(base, 't40', '  - agent: "您好，请问');
    expect(text.indexOf('"', text.indexOf('"您好') + 1)).toBeGreaterThan(-1);
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    const t40 = turnAt(first, 'id: t40\n');
    const typed = text.replace('"您好，请问', '"您好，请问您');
    const after = parseScript(typed, cache);
    expect(turnAt(after, 'id: t40\n')).toBe(t40);
    expect(lastTurn(after)).toBe(lastTurn(first));
    expect(compare(typed, cache)).toBeUndefined();
  });

  it('parses from an open quote to the end when no closing quote follows, and keeps that tail while edits stay above it', () => {
    const base = generateScript(300, 8).replace(/"/g, '');
    const text = before(base, 't40', '  - agent: "您好，请问');
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    expect(first.syntax.some((s) => s.message.startsWith('Missing closing'))).toBe(true);
    const above = text.replace('  - id: t2\n', '  - id: t2x\n');
    const after = parseScript(above, cache);
    expect(lastTurn(after)).toBe(lastTurn(first));
    expect(compare(above, cache)).toBeUndefined();
    const typed = above.replace('"您好，请问', '"您好，请问您');
    expect(compare(typed, cache)).toBeUndefined();
  });

  it('resolves an alias to an anchor in another piece, and keeps the pieces around them', () => {
    const base = generateScript(200, 9)
      .replace('greeting: ', 'greeting: &hello ')
      .replace('closing:\n  - ', 'closing:\n  - *hello\n  - ');
    const text = base.replace('greeting: &hello ', 'greeting: &hello 真烦人，');
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    const edited = text.replace('  - id: t3\n', '  - id: t3x\n');
    const after = parseScript(edited, cache);
    expect(lastTurn(after)).toBe(lastTurn(first));
    expect(after.speech.filter((s) => s.text.value.includes('真烦人') && s.section === 'greeting')).toHaveLength(1);
    expect(compare(edited, cache)).toBeUndefined();
  });

  it('moves the schema problems of a reused turn with it', () => {
    const text = before(generateScript(200, 11), 't30', '  - agent: 您好\n    customer: 好的');
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    expect(first.schema.some((p) => p.kind === 'turnSpeaker')).toBe(true);
    const edited = text.replace('  - id: t3\n', '  - id: t3xyz\n');
    const after = parseScript(edited, cache);
    const speaker = after.schema.find((p) => p.kind === 'turnSpeaker')!;
    expect(edited.slice(speaker.start, speaker.end)).toBe('customer');
    expect(compare(edited, cache)).toBeUndefined();
  });

  it('keeps tags, tabs inside values and a tab used as indentation in pieces', () => {
    const base = generateScript(200, 10);
    const text = before(before(base, 't20', '  - customer: !said 稍\t等'), 't30', '  - id: tabbed\n\tnote: 稍等');
    const cache = new ParseCache();
    const first = parseScript(text, cache);
    expect(first.syntax.some((s) => s.message.includes('Tabs'))).toBe(true);
    const tagged = turnAt(first, 'customer: !said');
    const edited = text.replace('  - id: t3\n', '  - id: t3x\n');
    const after = parseScript(edited, cache);
    expect(turnAt(after, 'customer: !said')).toBe(tagged);
    expect(compare(edited, cache)).toBeUndefined();
  });
});
