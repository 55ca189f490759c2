import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { visit } from 'yaml';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createScriptService } from '../../src/service';
import { ParseCache, parseScript, type ScriptModel } from '../../src/service/parse/scriptModel';
import { generateScript } from '../../../bench/generate';

/**
 * The incremental parse against a fresh one: random sequences of line edits, applied through
 * one ParseCache, must give after every edit the diagnostics and the model of a fresh parse.
 * The edits are the ones that move pieces around: whole lines and keys inserted and deleted
 * above, inside and below turns, turns duplicated, a top-level key inserted above `steps:`,
 * a turn rewritten to the length of its neighbour, and a few raw character edits.
 */

const service = createScriptService();
const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

/** A script whose first turns have the same length, and one with scenarios of equal turns. */
const EQUAL_TURNS = [
  'script: 同长\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n  - agent: 请您稍等片刻\n  - agent: 你们真烦人啊\n  - customer: 好的\n  - agent: 请您稍等片刻\nclosing: 再见\n',
  'script: 情景\ngreeting: 您好，{brand}，工号{agent_id}。\nscenarios:\n  silent:\n    - agent: 请您稍等片刻\n    - agent: 你们真烦人啊\n  angry:\n    - agent: 你们真烦人啊\n    - agent: 请您稍等片刻\nclosing:\n  - 感谢您的来电\n  - agent: 再见\n    when: 节假日\n',
];

/**
 * A draft: the generated script with its quoted placeholder starts unquoted (YAML errors), an
 * anchor and its alias, a tag, a tab inside a value and a tab as indentation.
 */
function draft(script: string): string {
  return script
    .replace(/'(\{customer\}[^'\n]*)'/g, '$1')
    .replace('greeting: ', 'greeting: &hello ')
    .replace('steps:\n', 'steps:\n  - agent: *hello\n  - customer: !said 稍\t等\n')
    .replace('closing:\n', '  - id: tabbed\n\tnote: 稍等\nclosing:\n');
}

export function baseScripts(): string[] {
  const samples = readdirSync(SAMPLES)
    .filter((n) => n.endsWith('.script.yaml'))
    .sort()
    .map((n) => readFileSync(join(SAMPLES, n), 'utf8'));
  const bases = [...EQUAL_TURNS, ...samples, generateScript(60, 11, 0.3), draft(generateScript(60, 12, 0.3))];
  return [...bases, EQUAL_TURNS[0]!.replace(/\n/g, '\r\n'), EQUAL_TURNS[1]!.replace('请您稍等片刻', '请您\r稍等片刻')];
}

/** Whole lines that are inserted: turns, keys of turns, top-level keys, comments, blanks. */
const LINES = [
  '  - agent: 请您稍等片刻',
  '  - agent: 你们真烦人啊',
  '  - agent: 真烦人',
  '  - customer: 我的快递丢了',
  '  - id: ask',
  '    agent: 我不知道',
  '    note: 先安抚情绪',
  '    when: 节假日',
  '    next: ask',
  '    - agent: 急什么',
  '  late:',
  'brand: 江南',
  'channel: chat',
  'steps:',
  'scenarios:',
  '# huashu-disable-next-line forbidden-phrase -- 反例',
  '',
  '  ',
  '  # 备注',
  // A draft's real state: YAML errors, anchors and aliases, tags, tabs, open quotes.
  '  - agent: {customer}，请问您还在吗',
  '    agent: {customer}，您好',
  'greeting: {customer}，您好',
  '    agent：您好',
  '  - agent: 您好a: b',
  '  - agent: &thanks 感谢您的耐心等待',
  '  - agent: *thanks',
  '  - agent: !note 您好',
  '  - agent: !!str 真烦人',
  '  - &turn { agent: 您好 }',
  '  - *turn',
  '\tagent: 您好',
  '  - agent: 您好\t再见',
  '  - agent: "您好，还在吗',
  "  - agent: '您好",
  "closing: '再见",
  '  - agent: [未完',
  '    - agent: "真烦人',
];

export type Edit =
  | { kind: 'insertLine'; line: number; text: number }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateTurn'; turn: number; to: number }
  | { kind: 'deleteTurn'; turn: number }
  | { kind: 'keyAboveSteps'; text: number }
  | { kind: 'sameLengthAsNeighbour'; turn: number; forbidden: boolean }
  | { kind: 'swapTurns'; turn: number }
  | { kind: 'raw'; at: number; length: number; text: string };

const RAW_TEXTS = [
  ...['真烦人', '煩', '\n', '\r', '\r\n', '  ', '- ', ':', '"', '#', '{agent_id}', '好', '', '😀'],
  ...['\t', "'", '{', '[', '}', '{customer}，', '&a ', '*a', '!t ', '\\x'],
];

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insertLine' as const), line: fc.nat(), text: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicateTurn' as const), turn: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteTurn' as const), turn: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('keyAboveSteps' as const), text: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sameLengthAsNeighbour' as const),
      turn: fc.nat(),
      forbidden: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapTurns' as const), turn: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      at: fc.nat(),
      length: fc.integer({ min: 0, max: 4 }),
      text: fc.constantFrom(...RAW_TEXTS),
    }),
  },
);

/** The text split into lines that keep their `\n` (YAML's lines: a lone `\r` is content). */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Line indexes where a turn starts (`- ` after indentation) and where it ends. */
function turnsOf(lines: string[]): Array<[number, number]> {
  const turns: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)- /.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    let end = i + 1;
    while (
      end < lines.length &&
      /^ *(?:#|\r?\n|$)/.test(lines[end]!) === false &&
      /^ */.exec(lines[end]!)![0].length > indent
    )
      end++;
    turns.push([i, end]);
  }
  return turns;
}

/** The line break the text uses. */
const eol = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** Applies one edit; an edit that does not apply to this text leaves it as it is. */
export function applyEdit(text: string, edit: Edit): string {
  const lines = linesOf(text);
  const nl = eol(text);
  const turns = turnsOf(lines);
  const join = (ls: string[]) => ls.join('');
  switch (edit.kind) {
    case 'insertLine': {
      const at = edit.line % (lines.length + 1);
      const line = LINES[edit.text % LINES.length]! + nl;
      if (at === lines.length && lines.length > 0 && !lines[lines.length - 1]!.endsWith('\n'))
        return text + nl + LINES[edit.text % LINES.length]!;
      return join([...lines.slice(0, at), line, ...lines.slice(at)]);
    }
    case 'deleteLine': {
      if (lines.length === 0) return text;
      const at = edit.line % lines.length;
      return join([...lines.slice(0, at), ...lines.slice(at + 1)]);
    }
    case 'duplicateTurn': {
      if (turns.length === 0) return text;
      const [from, to] = turns[edit.turn % turns.length]!;
      const copy = lines.slice(from, to);
      if (!copy[copy.length - 1]!.endsWith('\n')) return text;
      const targets = [from, ...turns.map((t) => t[1])];
      const at = targets[edit.to % targets.length]!;
      return join([...lines.slice(0, at), ...copy, ...lines.slice(at)]);
    }
    case 'deleteTurn': {
      if (turns.length === 0) return text;
      const [from, to] = turns[edit.turn % turns.length]!;
      return join([...lines.slice(0, from), ...lines.slice(to)]);
    }
    case 'keyAboveSteps': {
      const at = lines.findIndex((l) => /^(?:steps|scenarios):/.test(l));
      if (at === -1) return text;
      const key = ['brand: 江南', 'channel: phone', '# 注释', ''][edit.text % 4]!;
      return join([...lines.slice(0, at), key + nl, ...lines.slice(at)]);
    }
    case 'sameLengthAsNeighbour': {
      if (turns.length < 2) return text;
      const t = edit.turn % (turns.length - 1);
      const line = lines[turns[t]![0]]!;
      const neighbour = lines[turns[t + 1]![0]]!;
      const m = /^( *- (?:agent|customer): ?)/.exec(line);
      if (!m) return text;
      const body = neighbour.length - m[1]!.length - (line.endsWith('\r\n') ? 2 : line.endsWith('\n') ? 1 : 0);
      if (body < 1) return text;
      const fill = (edit.forbidden ? '真烦人' : '请您稍等片刻') + '好'.repeat(body);
      const ending = line.slice(line.replace(/\r?\n$/, '').length);
      lines[turns[t]![0]] = m[1]! + fill.slice(0, body) + ending;
      return join(lines);
    }
    case 'swapTurns': {
      if (turns.length < 2) return text;
      const t = edit.turn % (turns.length - 1);
      const [a0, a1] = turns[t]!;
      const [b0, b1] = turns[t + 1]!;
      if (a1 !== b0 || !lines[b1 - 1]!.endsWith('\n')) return text;
      return join([...lines.slice(0, a0), ...lines.slice(b0, b1), ...lines.slice(a0, a1), ...lines.slice(b1)]);
    }
    case 'raw': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at + edit.length);
    }
  }
}

/** Every node of the document with a range, in document order: its kind and range. */
function nodeRanges(model: ScriptModel): string[] {
  const out: string[] = [];
  visit(model.doc, {
    Node(_key, node) {
      out.push(`${node.constructor.name}:${String(node.range)}`);
    },
  });
  return out;
}

/** What must not differ between the incremental and the fresh parse. */
export function modelView(model: ScriptModel): unknown {
  return {
    nodes: nodeRanges(model),
    speech: model.speech.map((s) => ({
      role: s.role,
      section: s.section,
      scenario: s.scenario,
      value: s.text.value,
      range: s.node.range,
      start: Array.from(s.text.start),
      end: Array.from(s.text.end),
      content: [s.text.contentStart, s.text.contentEnd],
      exact: s.text.exact,
    })),
    turns: model.turns.map((t) => ({
      range: t.node.range,
      section: t.section,
      scenario: t.scenario,
      id: t.id?.range,
      next: t.next?.range,
    })),
    keys: [...model.keys].map(([k, p]) => [k, p.key.range, (p.value as { range?: unknown } | null)?.range]),
    syntax: model.syntax,
    schema: model.schema,
    anchor: model.anchor,
  };
}

export interface Divergence {
  text: string;
  incremental: { diagnostics: Diagnostic[]; model: unknown };
  fresh: { diagnostics: Diagnostic[]; model: unknown };
}

/** Parses `text` through `cache` and freshly; the difference, if any. */
export function compare(text: string, cache: ParseCache): Divergence | undefined {
  const incrementalModel = parseScript(text, cache);
  const incremental = { diagnostics: service.validate(incrementalModel), model: modelView(incrementalModel) };
  const freshModel = parseScript(text);
  const fresh = { diagnostics: service.validate(freshModel), model: modelView(freshModel) };
  return JSON.stringify(incremental) === JSON.stringify(fresh) ? undefined : { text, incremental, fresh };
}

const EDITS_PER_RUN = 10;

export interface EditSequenceRun {
  /** How many edits were applied and compared. */
  edits: number;
  /** The fast-check report: undefined when every edit gave a fresh parse's result. */
  failure?: string;
}

/** Sequences of 10 edits, so `edits` edits take edits / 10 runs (each stops at its first divergence). */
export function checkEditSequences({
  edits,
  seed,
  path,
}: {
  edits: number;
  seed: number;
  path?: string;
}): EditSequenceRun {
  const bases = baseScripts();
  let applied = 0;
  const property = fc.property(
    fc.nat({ max: bases.length - 1 }),
    fc.array(editArbitrary, { minLength: EDITS_PER_RUN, maxLength: EDITS_PER_RUN }),
    (base, sequence) => {
      const cache = new ParseCache();
      let text = bases[base]!;
      parseScript(text, cache);
      for (const edit of sequence) {
        text = applyEdit(text, edit);
        applied++;
        const divergence = compare(text, cache);
        if (divergence)
          throw new Error(
            `incremental parse differs from a fresh parse after ${JSON.stringify(edit)} on ${JSON.stringify(text)}`,
          );
      }
    },
  );
  const details = fc.check(property, {
    numRuns: Math.max(1, Math.ceil(edits / EDITS_PER_RUN)),
    seed,
    ...(path ? { path } : {}),
  });
  if (!details.failed) return { edits: applied };
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { edits: applied, failure: `${fc.defaultReportMessage(details) ?? 'failed'}\n${error}` };
}
