import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Message } from '../l10n';
import { RULE_IDS } from '../rules';
import { SEVERITIES, type RuleId } from '../rules/types';
import type { RuleLevel } from '../settings';
import { configMessages as M } from './messages';
import { MAX_NESTING, nestingDepth } from '../parse/nesting';
import type { ConfigProblem, HuashuConfig, RuleLevels, Span } from './types';
import { readSpeaking } from './speaking';

export const CONFIG_KEYS = [
  'extends',
  'phrasebook',
  'forbidden',
  'approved',
  'rules',
  'placeholders',
  'overrides',
  'speaking',
];
const PLACEHOLDER_NAME = /^[A-Za-z0-9_]+$/;

/** Reads one configuration file's YAML into a checked structure. */
class ConfigReader {
  readonly problems: ConfigProblem[] = [];

  constructor(readonly file: string) {}

  span(node: Node | null | undefined): Span {
    const r = node?.range;
    return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
  }

  report(node: Node | null | undefined, message: Message, args?: Record<string, string>): void {
    this.problems.push({ file: this.file, span: this.span(node), message, ...(args ? { args } : {}) });
  }

  keys(map: YAMLMap, allowed: string[]): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) this.report(pair.key as Node, M.unknownKey, { key, allowed: allowed.join(', ') });
    }
  }

  mapping(node: Node | null | undefined, key: string): YAMLMap | undefined {
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) return undefined;
    if (isMap(node)) return node;
    this.report(node, M.expectedMapping, { key });
    return undefined;
  }

  list(node: Node | null | undefined, key: string): Node[] {
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) return [];
    if (isSeq(node)) return node.items as Node[];
    if (isScalar(node) && typeof node.value === 'string') return [node];
    this.report(node, M.expectedList, { key });
    return [];
  }

  string(node: Node | null | undefined, key: string, required = false, parent?: Node): string | undefined {
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
      if (required) this.report(parent ?? node, M.missingKey, { key });
      return undefined;
    }
    if (isScalar(node) && ['string', 'number'].includes(typeof node.value)) return String(node.value);
    this.report(node, M.expectedString, { key });
    return undefined;
  }

  strings(node: Node | null | undefined, key: string): Array<{ value: string; node: Node }> {
    const out: Array<{ value: string; node: Node }> = [];
    for (const item of this.list(node, key)) {
      const value = this.string(item, key);
      if (value !== undefined) out.push({ value, node: item });
    }
    return out;
  }

  rules(node: Node | null | undefined, key: string): RuleLevels {
    const levels: RuleLevels = {};
    const map = this.mapping(node, key);
    if (!map) return levels;
    for (const pair of map.items) {
      const rule = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!(RULE_IDS as readonly string[]).includes(rule)) {
        this.report(pair.key as Node, M.unknownRule, { rule, rules: RULE_IDS.join(', ') });
        continue;
      }
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (value !== 'off' && !(SEVERITIES as readonly unknown[]).includes(value)) {
        this.report((pair.value as Node) ?? (pair.key as Node), M.badLevel, { value: String(value ?? '') });
        continue;
      }
      levels[rule as RuleId] = value as RuleLevel;
    }
    return levels;
  }
}

/**
 * Parses `.huashu.yaml`. Returns the configuration when it has no mistakes, and every
 * mistake with its exact source span either way.
 */
export function parseConfig(
  file: string,
  dir: string,
  text: string,
): { config?: HuashuConfig; problems: ConfigProblem[] } {
  const r = new ConfigReader(file);
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING) {
    r.problems.push({
      file,
      span: { start: 0, end: 0 },
      message: M.tooDeep,
      args: { depth: String(depth), limit: String(MAX_NESTING) },
    });
    return { problems: r.problems };
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    r.problems.push({
      file,
      span: { start: e.pos[0], end: e.pos[1] },
      message: M.yaml,
      args: { detail: e.message.split('\n')[0]! },
    });
  }
  if (doc.errors.length > 0) return { problems: r.problems };
  const config: HuashuConfig = {
    file,
    dir,
    extends: 'builtin',
    phrasebooks: [],
    forbiddenAdd: [],
    forbiddenRemove: [],
    approvedAdd: [],
    rules: {},
    placeholdersKnown: [],
    aliases: [],
    overrides: [],
  };
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems: [] };
  if (!isMap(root)) {
    r.report(root, M.notMapping);
    return { problems: r.problems };
  }
  r.keys(root, CONFIG_KEYS);
  const get = (map: YAMLMap, key: string) => map.get(key, true) as Node | undefined;

  const ext = r.string(get(root, 'extends'), 'extends');
  if (ext !== undefined) {
    if (ext === 'builtin' || ext === 'none') config.extends = ext;
    else r.report(get(root, 'extends'), M.badExtends, { value: ext });
  }
  for (const { value, node } of r.strings(get(root, 'phrasebook'), 'phrasebook')) {
    config.phrasebooks.push({ path: value, span: r.span(node) });
  }

  const forbidden = r.mapping(get(root, 'forbidden'), 'forbidden');
  if (forbidden) {
    r.keys(forbidden, ['add', 'remove']);
    for (const item of r.list(get(forbidden, 'add'), 'forbidden.add')) {
      const entry = r.mapping(item, 'forbidden.add');
      if (!entry) continue;
      r.keys(entry, ['phrase', 'category', 'suggest', 'why']);
      const phrase = r.string(get(entry, 'phrase'), 'phrase', true, entry);
      const category = r.string(get(entry, 'category'), 'category', true, entry);
      const suggestions = r.strings(get(entry, 'suggest'), 'suggest');
      const suggest = suggestions.map((s) => s.value);
      const why = whyOf(r, get(entry, 'why'));
      if (suggest.length === 0 && get(entry, 'suggest') === undefined)
        r.report(entry, M.missingKey, { key: 'suggest' });
      if (phrase !== undefined && category !== undefined) {
        config.forbiddenAdd.push({
          phrase,
          category,
          suggest,
          span: r.span(get(entry, 'phrase')),
          categorySpan: r.span(get(entry, 'category')),
          suggestSpans: suggestions.map((s) => r.span(s.node)),
          ...(why ? { why } : {}),
        });
      }
    }
    for (const { value, node } of r.strings(get(forbidden, 'remove'), 'forbidden.remove')) {
      config.forbiddenRemove.push({ value, span: r.span(node) });
    }
  }

  const approved = r.mapping(get(root, 'approved'), 'approved');
  if (approved) {
    r.keys(approved, ['add']);
    for (const item of r.list(get(approved, 'add'), 'approved.add')) {
      const entry = r.mapping(item, 'approved.add');
      if (!entry) continue;
      r.keys(entry, ['phrase', 'category', 'when', 'situation']);
      const phrase = r.string(get(entry, 'phrase'), 'phrase', true, entry);
      const category = r.string(get(entry, 'category'), 'category', true, entry);
      const when = r.string(get(entry, 'when'), 'when');
      const situation = r.string(get(entry, 'situation'), 'situation');
      if (phrase !== undefined && category !== undefined) {
        config.approvedAdd.push({
          phrase,
          category,
          span: r.span(get(entry, 'phrase')),
          categorySpan: r.span(get(entry, 'category')),
          ...(when !== undefined ? { when } : {}),
          ...(situation !== undefined ? { situation } : {}),
        });
      }
    }
  }

  config.rules = r.rules(get(root, 'rules'), 'rules');

  const speaking = readSpeaking(r, get(root, 'speaking'));
  if (speaking) config.speaking = speaking;

  const placeholders = r.mapping(get(root, 'placeholders'), 'placeholders');
  if (placeholders) {
    r.keys(placeholders, ['known', 'aliases']);
    for (const { value, node } of r.strings(get(placeholders, 'known'), 'placeholders.known')) {
      if (PLACEHOLDER_NAME.test(value)) config.placeholdersKnown.push(value);
      else r.report(node, M.badPlaceholderName, { name: value });
    }
    const aliases = r.mapping(get(placeholders, 'aliases'), 'placeholders.aliases');
    for (const pair of aliases?.items ?? []) {
      const alias = isScalar(pair.key) ? String(pair.key.value) : '';
      const target = r.string(pair.value as Node, alias);
      if (target !== undefined) config.aliases.push({ alias, target, span: r.span(pair.value as Node) });
    }
  }

  for (const item of r.list(get(root, 'overrides'), 'overrides')) {
    const entry = r.mapping(item, 'overrides');
    if (!entry) continue;
    r.keys(entry, ['files', 'rules']);
    const files = r.strings(get(entry, 'files'), 'files').map((f) => f.value);
    if (get(entry, 'files') === undefined) r.report(entry, M.missingKey, { key: 'files' });
    config.overrides.push({ files, rules: r.rules(get(entry, 'rules'), 'rules'), span: r.span(entry) });
  }

  // The configuration comes back with its problems, so that resolving it can report the rest at once.
  return { config, problems: r.problems };
}

/** `why:` of a team forbidden phrase: one text for both languages, or `{ zh, en }`. */
function whyOf(r: ConfigReader, node: Node | undefined): Message | undefined {
  if (node === undefined) return undefined;
  if (isMap(node)) {
    const zh = r.string(node.get('zh', true) as Node | undefined, 'zh', true, node);
    const en = r.string(node.get('en', true) as Node | undefined, 'en', true, node);
    return zh !== undefined && en !== undefined ? { zh, en } : undefined;
  }
  const text = r.string(node, 'why');
  return text === undefined ? undefined : { zh: text, en: text };
}
