import { Document, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Message } from '../l10n';
import { MAX_NESTING, nestingDepth } from './nesting';
import { PositionMapper } from '../text/positions';
import { parseInPieces, type ParseCache } from './chunks';
import { parseYaml } from './quickReader';
import { lazyScalarText, scalarText, type ScalarText } from './scalarText';

/** Where a piece of speech stands in the script. */
export type Section = 'greeting' | 'closing' | 'steps' | 'scenarios';
export type Role = 'agent' | 'customer' | 'note' | 'when';

/** One string of the script, with its role and its source mapping. */
export interface Speech {
  role: Role;
  section: Section;
  /** The scenario's key, for speech inside `scenarios`. */
  scenario?: string;
  node: Scalar;
  text: ScalarText;
}

/** One turn of `steps` or a scenario. */
export interface Turn {
  node: YAMLMap;
  section: 'steps' | 'scenarios';
  scenario?: string;
  id?: Scalar;
  next?: Scalar;
  /** `branches:`: the customer's answers and where each leads; empty while half-typed. */
  branches?: Branch[];
  /** The `branches` key, where a finding about the branches as a whole stands. */
  branchesKey?: Scalar;
  /** `otherwise:`: the turn id taken when no answer matches. */
  otherwise?: Scalar;
  /** `end:` (closing, transfer or hangup), when its value is one of them. */
  end?: Scalar<FlowEndingName>;
  /** `pause:` in seconds, when its value is a number of seconds. */
  pause?: Scalar<number>;
}

/** One item of a turn's `branches:`. */
export interface Branch {
  node: YAMLMap;
  /** What the customer says. */
  answer?: Scalar;
  /** The turn id it leads to. */
  next?: Scalar;
}

/** How a call ends, as `end:` writes it. */
export type FlowEndingName = 'closing' | 'transfer' | 'hangup';

/** A scenario: a list of turns, or `{when, turns}`. */
export interface Scenario {
  name: string;
  key: Scalar;
  /** The situation it starts from (`when:` of the mapping form). */
  when?: Scalar;
  turns?: YAMLSeq;
}

/** A place where the file breaks the script format; the `schema` rule words it. */
export interface SchemaProblem {
  kind: SchemaProblemKind;
  start: number;
  end: number;
  args?: Record<string, string>;
}

export type SchemaProblemKind =
  | 'notMapping'
  | 'notScript'
  | 'missingScript'
  | 'unknownKey'
  | 'expectedString'
  | 'expectedList'
  | 'expectedMapping'
  | 'badChannel'
  | 'turnSpeaker'
  | 'badVariant'
  | 'duplicateId'
  | 'badEnd'
  | 'badPause'
  | 'branchNext';

export interface SyntaxProblem {
  message: string;
  /** A text that fixes the problem when it replaces [start, end). */
  fix?: string;
  /** A message of Huashu's own, in both languages, instead of the parser's. */
  localized?: Message;
  args?: Record<string, string>;
  start: number;
  end: number;
  warning: boolean;
  /** The offsets `fix` replaces, when not [start, end). */
  fixStart?: number;
  fixEnd?: number;
}

/** A parsed call script: the YAML document plus everything the rules look at. */
export interface ScriptModel {
  text: string;
  doc: Document.Parsed;
  positions: PositionMapper;
  /** Top-level pairs by key. */
  keys: Map<string, Pair<Scalar, unknown>>;
  speech: Speech[];
  turns: Turn[];
  /** The scenarios, in source order. */
  scenarios: Scenario[];
  syntax: SyntaxProblem[];
  schema: SchemaProblem[];
  /** Offsets of the place that stands for the whole script (the `script:` key, or the top). */
  anchor: [number, number];
}

export const TOP_KEYS = ['script', 'brand', 'channel', 'greeting', 'steps', 'scenarios', 'closing'] as const;
export const TURN_KEYS = [
  'id',
  'agent',
  'customer',
  'when',
  'note',
  'next',
  'branches',
  'otherwise',
  'end',
  'pause',
] as const;
/** The keys a turn uses to say where the call goes: a turn with any of them does not fall through. */
export const FLOW_KEYS = ['next', 'branches', 'otherwise', 'end'] as const;
export const BRANCH_KEYS = ['answer', 'next'] as const;
export const SCENARIO_KEYS = ['when', 'turns'] as const;
export const ENDINGS: readonly FlowEndingName[] = ['closing', 'transfer', 'hangup'];
export const VARIANT_KEYS = ['agent', 'when'] as const;
export const CHANNELS = ['phone', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channel a script is for: phone when it names none, undefined when it names no valid one. */
export function channelOf(model: ScriptModel): Channel | undefined {
  const pair = model.keys.get('channel');
  if (!pair) return 'phone';
  const value = isScalar(pair.value) ? pair.value.value : undefined;
  return (CHANNELS as readonly unknown[]).includes(value) ? (value as Channel) : undefined;
}

function span(node: Node | null | undefined, fallback: [number, number]): [number, number] {
  const range = node?.range;
  return range ? [range[0], range[1]] : fallback;
}

/**
 * Turns by node: a reused piece's turn (same node, shifted in place) needs no second look.
 * Its schema problems are kept with the offset the turn stood at, and moved with it.
 */
const knownTurns = new WeakMap<YAMLMap, { turn: Turn; speech: Speech[]; problems: SchemaProblem[]; at: number }>();

class ModelBuilder {
  readonly model: ScriptModel;
  private readonly ids = new Set<string>();
  private readonly texts: WeakMap<Scalar, ScalarText> | undefined;
  /** Anchored strings that aliases repeat as speech: checked once, where the anchor is. */
  private readonly aliased = new Map<Scalar, Omit<Speech, 'node' | 'text'>>();
  private aliasCount = 0;

  constructor(text: string, cache?: ParseCache) {
    const depth = nestingDepth(text);
    const tooDeep = depth > MAX_NESTING;
    const pieces = cache && !tooDeep ? parseInPieces(text, cache) : undefined;
    const doc = tooDeep ? (new Document() as unknown as Document.Parsed) : (pieces?.doc ?? parseYaml(text));
    this.texts = pieces?.texts;
    this.model = {
      text,
      doc,
      positions: new PositionMapper(text),
      keys: new Map(),
      speech: [],
      turns: [],
      scenarios: [],
      syntax: [],
      schema: [],
      anchor: [0, 0],
    };
    if (tooDeep) {
      this.model.syntax.push({
        message: `nested ${depth} levels deep`,
        localized: {
          zh: '文件嵌套了 {depth} 层，超过上限 {limit} 层，不再检查',
          en: 'The file is nested {depth} levels deep, over the limit of {limit}: not checked',
        },
        args: { depth: String(depth), limit: String(MAX_NESTING) },
        start: 0,
        end: this.model.positions.lineEnd(0),
        warning: false,
      });
    }
    for (const error of doc.errors) this.syntax(error.message, error.pos, false);
    for (const warning of doc.warnings) this.syntax(warning.message, warning.pos, true);
  }

  private syntax(message: string, pos: [number, number], warning: boolean): void {
    const firstLine = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    this.model.syntax.push({ message: firstLine, start: pos[0], end: Math.max(pos[0], pos[1]), warning });
  }

  private problem(
    kind: SchemaProblemKind,
    node: Node | null | undefined,
    fallback: [number, number],
    args?: Record<string, string>,
  ): void {
    const [start, rawEnd] = span(node, fallback);
    let end = rawEnd;
    while (end > start && /\s/.test(this.model.text[end - 1]!)) end--;
    this.model.schema.push({ kind, start, end, ...(args ? { args } : {}) });
  }

  build(): ScriptModel {
    this.buildModel();
    if (this.model.syntax.length > 0) explainPlaceholderStarts(this.model);
    if (this.model.syntax.length > 0 || this.model.schema.length > 0) explainColons(this.model);
    return this.model;
  }

  private buildModel(): ScriptModel {
    const root = this.model.doc.contents;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
      return this.model;
    }
    if (!isMap(root)) {
      this.problem('notMapping', root, [0, 0]);
      return this.model;
    }
    const keyOf = (pair: Pair) => (isScalar(pair.key) ? pair.key.value : undefined);
    if (root.items.length > 0 && !root.items.some((pair) => (TOP_KEYS as readonly unknown[]).includes(keyOf(pair)))) {
      this.problem('notScript', root.items[0]!.key as Node | null, [0, 0]);
      return this.model;
    }
    for (const pair of root.items) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') continue;
      const name = key.value;
      if (!(TOP_KEYS as readonly string[]).includes(name)) {
        this.problem('unknownKey', key, [0, 0], { key: name });
        continue;
      }
      this.model.keys.set(name, pair as Pair<Scalar, unknown>);
    }
    const scriptKey = this.model.keys.get('script')?.key ?? (root.items[0]?.key as Node | undefined);
    this.model.anchor = span(scriptKey, [0, 0]);
    if (!this.model.keys.has('script')) this.problem('missingScript', scriptKey, [0, 0]);

    for (const [name, pair] of this.model.keys) this.topLevel(name, pair);
    const spoken = new Set(this.model.speech.map((s) => s.node));
    for (const [node, where] of this.aliased) {
      if (!spoken.has(node)) this.addSpeech(node, where.role, where.section, where.scenario);
    }
    return this.model;
  }

  private keySpan(pair: Pair<Scalar, unknown>): [number, number] {
    return span(pair.key, this.model.anchor);
  }

  private topLevel(name: string, pair: Pair<Scalar, unknown>): void {
    const value = pair.value as Node | null;
    switch (name) {
      case 'script':
      case 'brand':
        if (!this.isStringLike(value)) this.problem('expectedString', value, this.keySpan(pair), { key: name });
        break;
      case 'channel':
        if (!isScalar(value) || !(CHANNELS as readonly unknown[]).includes(value.value)) {
          this.problem('badChannel', value, this.keySpan(pair), { value: isScalar(value) ? String(value.value) : '' });
        }
        break;
      case 'greeting':
      case 'closing':
        this.variants(name, pair);
        break;
      case 'steps':
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isSeq(value)) {
          this.problem('expectedList', value, this.keySpan(pair), { key: name });
          break;
        }
        for (const item of value.items) this.turn(item as Node, 'steps');
        break;
      case 'scenarios':
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          this.problem('expectedMapping', value, this.keySpan(pair), { key: name });
          break;
        }
        for (const scenario of value.items) this.scenario(scenario as Pair);
        break;
    }
  }

  /** A scenario: a list of turns, or `{when: <situation>, turns: [...]}`. */
  private scenario(pair: Pair): void {
    const scenarioName = isScalar(pair.key) ? String(pair.key.value) : '';
    const info: Scenario = { name: scenarioName, key: pair.key as Scalar };
    this.model.scenarios.push(info);
    let turns = pair.value as Node | null;
    if (isMap(turns)) {
      const form = turns;
      turns = null;
      for (const entry of form.items) {
        const key = isScalar(entry.key) ? String(entry.key.value) : '';
        const v = entry.value as Node | null;
        if (key === 'when') {
          if (this.isStringLike(v)) {
            info.when = v;
            this.addSpeech(v, 'when', 'scenarios', scenarioName);
          } else this.problem('expectedString', v ?? (entry.key as Node), [0, 0], { key });
        } else if (key === 'turns') {
          if (isSeq(v)) turns = v;
          else if (!(v === null || (isScalar(v) && v.value === null))) {
            this.problem('expectedList', v, [0, 0], { key });
          }
        } else this.problem('unknownKey', entry.key as Node, [0, 0], { key });
      }
      if (turns === null) return;
    }
    if (!isSeq(turns)) {
      this.problem('expectedList', turns ?? (pair.key as Node), [0, 0], { key: scenarioName });
      return;
    }
    info.turns = turns;
    for (const item of turns.items) this.turn(item as Node, 'scenarios', scenarioName);
  }

  /** The flow keys of a turn: branches, otherwise, end, pause. */
  private flowKey(turn: Turn, key: string, keyNode: Scalar, v: Node | null): void {
    const empty = v === null || (isScalar(v) && v.value === null);
    switch (key) {
      case 'branches':
        turn.branchesKey = keyNode;
        turn.branches = [];
        if (empty) return;
        if (!isSeq(v)) {
          this.problem('expectedList', v, [0, 0], { key });
          return;
        }
        for (const item of v.items as Node[]) this.branch(turn.branches, item);
        return;
      case 'otherwise':
        if (this.isStringLike(v)) turn.otherwise = v;
        else if (!empty) this.problem('expectedString', v, [0, 0], { key });
        return;
      case 'end':
        if (isScalar(v) && (ENDINGS as readonly unknown[]).includes(v.value)) turn.end = v as Scalar<FlowEndingName>;
        else
          this.problem('badEnd', v ?? keyNode, [0, 0], {
            value: isScalar(v) && v.value !== null ? String(v.value) : '',
          });
        return;
      case 'pause':
        if (isScalar(v) && typeof v.value === 'number' && Number.isFinite(v.value) && v.value >= 0) {
          turn.pause = v as Scalar<number>;
        } else
          this.problem('badPause', v ?? keyNode, [0, 0], {
            value: isScalar(v) && v.value !== null ? String(v.value) : '',
          });
        return;
    }
  }

  private branch(branches: Branch[], item: Node | null): void {
    if (!isMap(item)) {
      if (!(item === null || (isScalar(item) && item.value === null))) {
        this.problem('expectedMapping', item, [0, 0], { key: 'branches' });
      }
      return;
    }
    const branch: Branch = { node: item };
    for (const entry of item.items) {
      const key = isScalar(entry.key) ? String(entry.key.value) : '';
      if (!(BRANCH_KEYS as readonly string[]).includes(key)) {
        this.problem('unknownKey', entry.key as Node, [0, 0], { key });
        continue;
      }
      const v = entry.value as Node | null;
      if (this.isStringLike(v)) branch[key as 'answer' | 'next'] = v;
      else if (!(v === null || (isScalar(v) && v.value === null))) this.problem('expectedString', v, [0, 0], { key });
    }
    if (!branch.next && branch.answer) this.problem('branchNext', item, [0, 0]);
    branches.push(branch);
  }

  private isStringLike(node: Node | null): node is Scalar {
    return isScalar(node) && node.value !== null && typeof node.value !== 'object';
  }

  /**
   * Whether `node` is speech to check: a string, or an alias of one (`*thanks`), whose text
   * is checked where its anchor is (`&thanks`), once however often it is repeated.
   */
  private speechAt(node: Node | null, role: Role, section: Section, scenario?: string): boolean {
    if (this.isStringLike(node)) {
      this.addSpeech(node, role, section, scenario);
      return true;
    }
    if (!isAlias(node)) return false;
    const target = node.resolve(this.model.doc);
    if (!this.isStringLike(target ?? null)) return false;
    this.aliasCount++;
    if (!this.aliased.has(target as Scalar)) {
      this.aliased.set(target as Scalar, { role, section, ...(scenario !== undefined ? { scenario } : {}) });
    }
    return true;
  }

  private addSpeech(node: Scalar, role: Role, section: Section, scenario?: string): void {
    this.model.speech.push({
      role,
      section,
      node,
      text: this.textOf(node),
      ...(scenario !== undefined ? { scenario } : {}),
    });
  }

  private textOf(node: Scalar): ScalarText {
    // A whole file read once keeps its text: a string's source map can wait until a finding
    // needs it. The editor's pieces move with edits, so theirs are made at once.
    if (!this.texts) return lazyScalarText(this.model.text, node);
    let text = this.texts.get(node);
    if (!text) {
      text = scalarText(this.model.text, node);
      this.texts.set(node, text);
    }
    return text;
  }

  /** `greeting` / `closing`: a string, or a list of strings and `{agent, when}` variants. */
  private variants(name: 'greeting' | 'closing', pair: Pair<Scalar, unknown>): void {
    const value = pair.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) return;
    if (isScalar(value) || isAlias(value)) {
      if (!this.speechAt(value, 'agent', name))
        this.problem('expectedString', value, this.keySpan(pair), { key: name });
      return;
    }
    if (!isSeq(value)) {
      this.problem('badVariant', value, this.keySpan(pair), { key: name });
      return;
    }
    for (const item of value.items as Node[]) {
      if (this.speechAt(item, 'agent', name)) {
        continue;
      } else if (isMap(item)) {
        for (const entry of item.items) {
          const key = isScalar(entry.key) ? String(entry.key.value) : '';
          if (!(VARIANT_KEYS as readonly string[]).includes(key)) {
            this.problem('unknownKey', entry.key as Node, [0, 0], { key });
            continue;
          }
          const v = entry.value as Node | null;
          if (!this.speechAt(v, key === 'agent' ? 'agent' : 'when', name)) {
            this.problem('expectedString', v ?? (entry.key as Node), [0, 0], { key });
          }
        }
        if (!item.has('agent')) this.problem('badVariant', item, [0, 0], { key: name });
      } else {
        this.problem('badVariant', item, this.keySpan(pair), { key: name });
      }
    }
  }

  private turn(node: Node | null, section: 'steps' | 'scenarios', scenario?: string): void {
    if (!isMap(node)) {
      this.problem('expectedMapping', node, this.model.anchor, { key: scenario ?? section });
      return;
    }
    const known = this.texts ? knownTurns.get(node) : undefined;
    if (known && known.turn.scenario === scenario && known.turn.section === section) {
      const delta = node.range![0] - known.at;
      for (const p of known.problems) this.model.schema.push({ ...p, start: p.start + delta, end: p.end + delta });
      this.model.speech.push(...known.speech);
      this.addTurn(known.turn);
      return;
    }
    const problemsBefore = this.model.schema.length;
    const speechBefore = this.model.speech.length;
    const aliasesBefore = this.aliasCount;
    const turn: Turn = { node, section, ...(scenario !== undefined ? { scenario } : {}) };
    const speakers: Node[] = [];
    for (const entry of node.items) {
      const key = isScalar(entry.key) ? String(entry.key.value) : '';
      if (!(TURN_KEYS as readonly string[]).includes(key)) {
        this.problem('unknownKey', entry.key as Node, [0, 0], { key });
        continue;
      }
      const v = entry.value as Node | null;
      if (key === 'branches' || key === 'otherwise' || key === 'end' || key === 'pause') {
        this.flowKey(turn, key, entry.key as Scalar, v);
        continue;
      }
      if (key === 'agent' || key === 'customer') speakers.push(entry.key as Node);
      if (key !== 'id' && key !== 'next' && this.speechAt(v, key as Role, section, scenario)) continue;
      if (!this.isStringLike(v)) {
        if (key === 'agent' || key === 'customer' ? v !== null && !(isScalar(v) && v.value === null) : true) {
          this.problem('expectedString', v ?? (entry.key as Node), [0, 0], { key });
        }
        continue;
      }
      if (key === 'id') turn.id = v;
      else turn.next = v;
    }
    if (speakers.length !== 1) {
      this.problem('turnSpeaker', speakers[1] ?? node, [0, 0], { count: String(speakers.length) });
    }
    // A turn that repeats an anchor elsewhere is rebuilt, so that the anchor's text is still checked.
    if (this.texts && node.range && this.aliasCount === aliasesBefore) {
      knownTurns.set(node, {
        turn,
        speech: this.model.speech.slice(speechBefore),
        problems: this.model.schema.slice(problemsBefore),
        at: node.range[0],
      });
    }
    this.addTurn(turn);
  }

  private addTurn(turn: Turn): void {
    if (turn.id) {
      const id = String(turn.id.value);
      if (this.ids.has(id)) this.problem('duplicateId', turn.id, [0, 0], { id });
      this.ids.add(id);
    }
    this.model.turns.push(turn);
  }
}

/** A plain value that starts with a placeholder, which YAML reads as a flow mapping. */
const PLACEHOLDER_START =
  /^([ \t]*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?)(\{[A-Za-z0-9_]+\}[^\s,\]}#](?:[^\r\n#]|(?<![ \t])#)*?)[ \t]*(?:[ \t]#[^\r\n]*)?\r?$/;
/** A line that goes on with the value of a line above it: more indented than its key, not a comment. */
const continues = (line: string, column: number): boolean => {
  const indent = /^[ \t]*/.exec(line)![0].length;
  return indent > column && indent < line.trimEnd().length && line[indent] !== '#';
};

/**
 * Replaces the parser's errors on a line like `agent: {customer}，您好` (an unquoted value
 * that starts with a placeholder) by one clear finding that says to quote the value, with
 * the quoted value as its fix; the type complaints that follow from it are dropped.
 */
function explainPlaceholderStarts(model: ScriptModel): void {
  const { text } = model;
  const hinted = new Map<number, SyntaxProblem>();
  model.syntax = model.syntax.filter((problem) => {
    const lineStart = text.lastIndexOf('\n', problem.start - 1) + 1;
    if (hinted.has(lineStart)) return false;
    const nl = text.indexOf('\n', lineStart);
    const m = PLACEHOLDER_START.exec(text.slice(lineStart, nl === -1 ? text.length : nl));
    if (!m) return true;
    const start = lineStart + m[1]!.length;
    const value = m[2]!;
    const column = /^[ \t]*(?:-[ \t]+)?/.exec(m[1]!)![0].length;
    let multiLine = false;
    for (let from = nl + 1; nl !== -1 && from > 0 && from < text.length;) {
      const end = text.indexOf('\n', from);
      const line = text.slice(from, end === -1 ? text.length : end);
      if (line.trim() !== '') {
        multiLine = continues(line, column);
        break;
      }
      from = end + 1;
    }
    const hint: SyntaxProblem = {
      message: 'quote a value that starts with a placeholder',
      localized: {
        zh: '以占位符开头的值必须加引号，否则 YAML 会把 {placeholder} 当成映射：请写成 {quoted}',
        en: 'A value that starts with a placeholder must be quoted, or YAML reads {placeholder} as a mapping: write {quoted}',
      },
      args: { placeholder: value.slice(0, value.indexOf('}') + 1), quoted: `'${value.replace(/'/g, "''")}'` },
      start,
      end: start + value.length,
      warning: false,
      ...(multiLine ? {} : { fix: `'${value.replace(/'/g, "''")}'` }),
    };
    hinted.set(lineStart, hint);
    return false;
  });
  if (hinted.size === 0) return;
  const hints = [...hinted.values()];
  model.syntax.push(...hints);
  model.schema = model.schema.filter((p) => !hints.some((h) => p.start >= h.start && p.start < h.end));
}

const KNOWN_KEYS = [...new Set<string>([...TOP_KEYS, ...TURN_KEYS, ...VARIANT_KEYS])].join('|');
/**
 * A known key with a full-width colon (`agent：您好`) or no space after the colon
 * (`agent:您好`): the lead (indent and `- `), the key, the colon and the spaces after it.
 */
const COLON_TYPO = new RegExp(`^([ \\t]*(?:-[ \\t]+)?)(${KNOWN_KEYS})(?:(：)[ \\t]*|(:)(?=[^\\s:]))`);

/**
 * The starts of the lines that problems touch (a problem touches a line when it starts at or
 * before the line's end and ends after its start), in text order.
 */
function linesTouched(text: string, problems: ReadonlyArray<{ start: number; end: number }>): number[] {
  const starts = new Set<number>();
  for (const problem of problems) {
    for (
      let lineStart = text.lastIndexOf('\n', problem.start - 1) + 1;
      lineStart < text.length && problem.end > lineStart;
    ) {
      starts.add(lineStart);
      const nl = text.indexOf('\n', lineStart);
      if (nl === -1) break;
      lineStart = nl + 1;
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Replaces the findings on a line whose known key has a full-width colon or no space after
 * its colon (which YAML reads as one plain text, or a key without a value) by one finding
 * on the key and its colon, with `key: ` as the fix. Only lines the parser or the schema
 * complains about count, so the text of a block scalar is left alone.
 */
function explainColons(model: ScriptModel): void {
  const { text } = model;
  const typos: SyntaxProblem[] = [];
  const lines: [number, number][] = [];
  for (const lineStart of linesTouched(text, [...model.syntax, ...model.schema])) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const m = COLON_TYPO.exec(text.slice(lineStart, lineEnd));
    if (m) {
      const lead = m[1]!;
      const key = m[2]!;
      const keyStart = lineStart + lead.length;
      const dash = lead.trimStart();
      typos.push({
        message: 'a colon followed by a space',
        localized: {
          zh: '“{key}”后应为半角冒号加空格：请写成“{key}: ”',
          en: 'Write a half-width colon and a space after "{key}": "{key}: "',
        },
        args: { key },
        start: keyStart,
        end: keyStart + key.length + 1,
        warning: false,
        fix: `${dash}${key}: `,
        fixStart: lineStart + lead.length - dash.length,
        fixEnd: lineStart + m[0].length,
      });
      lines.push([lineStart, lineEnd]);
    }
  }
  if (typos.length === 0) return;
  const onTypoLine = (p: { start: number; end: number }) => lines.some(([from, to]) => p.start <= to && p.end > from);
  model.syntax = [...model.syntax.filter((p) => !onTypoLine(p)), ...typos];
  model.schema = model.schema.filter((p) => !onTypoLine(p));
}

/**
 * Parses a call script. Never throws on bad input: problems are collected instead.
 * With a cache (one per open document), pieces of the text that did not change since the
 * last parse are reused, and the result is the same as without it.
 */
export function parseScript(text: string, cache?: ParseCache): ScriptModel {
  return new ModelBuilder(text, cache).build();
}

export { ParseCache } from './chunks';
