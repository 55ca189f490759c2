// The rule lists that derive from the rule registry (server/src/service/rules/index.ts): the
// manifest's `huashu.rules` setting, its strings in package.nls*.json, and the rule list of
// the `.huashu.yaml` schema. `npm run gen:rules` runs it; `npm run build` too.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTraditional } from '../server/src/service/features/traditional';
import { RULES } from '../server/src/service/rules';
import { SEVERITIES, type Rule } from '../server/src/service/rules/types';

/** Every level a rule can be set to, mildest first. */
const LEVELS = ['off', ...[...SEVERITIES].reverse()];
const NLS_PREFIX = 'huashu.rules.';

/** A generated file: its path from the repository root and the text the generator writes. */
export interface GeneratedFile {
  path: string;
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * JSON as the schemas are laid out: a value stays on one line when it fits in `width`
 * columns (with its key and indentation), else its items go one per line.
 */
export function printJson(value: Json, width = 120, indent = '', prefix = 0): string {
  const line = oneLine(value);
  if (typeof value !== 'object' || value === null || indent.length + prefix + line.length + 1 <= width) return line;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => inner + printJson(item, width, inner))
    : Object.entries(value).map(
        ([key, item]) => `${inner}${JSON.stringify(key)}: ${printJson(item, width, inner, key.length + 4)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

/** One line: `{ "a": 1, "b": [1, 2] }`, as in the schemas. */
function oneLine(value: Json): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`).join(', ')} }`;
}

/** The manifest's setting entry of one rule: VS Code settings cannot `$ref`, so each has its enum. */
function settingOf(rule: Rule): JsonObject {
  return { type: 'string', enum: LEVELS, default: rule.defaultSeverity, description: `%${NLS_PREFIX}${rule.id}%` };
}

function manifest(text: string, rules: readonly Rule[]): string {
  const pkg = JSON.parse(text) as JsonObject;
  const configuration = (pkg.contributes as JsonObject).configuration as JsonObject;
  const setting = (configuration.properties as JsonObject)['huashu.rules'] as JsonObject;
  setting.additionalProperties = false;
  setting.properties = Object.fromEntries(rules.map((rule) => [rule.id, settingOf(rule)]));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The manifest strings, with one per rule (its description) right after `huashu.rules`. */
function nls(text: string, rules: readonly Rule[], locale: 'zh' | 'en'): string {
  const strings = JSON.parse(text) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) {
    if (key.startsWith(NLS_PREFIX)) continue;
    out[key] = value;
    if (key === 'huashu.rules') for (const rule of rules) out[`${NLS_PREFIX}${rule.id}`] = rule.description[locale];
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * The Traditional Chinese (Taiwan) manifest strings: every key of the English ones, in their
 * order. Rule descriptions are converted from the Simplified, as the server converts its
 * messages; the other strings are translated by hand in the file, and a key it lacks is
 * written converted from package.nls.zh-cn.json.
 */
function nlsTraditional(text: string | undefined, en: string, simplified: string, rules: readonly Rule[]): string {
  const own = JSON.parse(text ?? '{}') as Record<string, string>;
  const zh = JSON.parse(simplified) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const key of Object.keys(JSON.parse(en) as Record<string, string>)) {
    if (key.startsWith(NLS_PREFIX)) continue;
    out[key] = own[key] ?? toTraditional(zh[key] ?? '');
    if (key === 'huashu.rules') {
      for (const rule of rules) out[`${NLS_PREFIX}${rule.id}`] = toTraditional(rule.description.zh);
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

function configSchema(text: string, rules: readonly Rule[]): string {
  const schema = JSON.parse(text) as JsonObject;
  const definitions = schema.definitions as JsonObject;
  definitions.level = { enum: LEVELS };
  const list = definitions.rules as JsonObject;
  list.additionalProperties = false;
  list.properties = Object.fromEntries(
    rules.map((rule) => [rule.id, { $ref: '#/definitions/level', description: rule.description.en }]),
  );
  return `${printJson(schema)}\n`;
}

/** What the generator writes, from the files as they are under `root`. */
export function ruleFiles(root: string, rules: readonly Rule[] = RULES): GeneratedFile[] {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const tw = 'package.nls.zh-tw.json';
  return [
    { path: 'package.json', text: manifest(read('package.json'), rules) },
    { path: 'package.nls.json', text: nls(read('package.nls.json'), rules, 'en') },
    { path: 'package.nls.zh-cn.json', text: nls(read('package.nls.zh-cn.json'), rules, 'zh') },
    {
      path: tw,
      text: nlsTraditional(
        existsSync(join(root, tw)) ? read(tw) : undefined,
        read('package.nls.json'),
        read('package.nls.zh-cn.json'),
        rules,
      ),
    },
    { path: 'schemas/huashu-config.schema.json', text: configSchema(read('schemas/huashu-config.schema.json'), rules) },
  ];
}

/** Writes the files that changed; returns their paths. With `check`, writes nothing. */
export function writeRuleFiles(root: string, check = false): string[] {
  const current = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
  const changed = ruleFiles(root).filter((file) => current(file.path) !== file.text);
  if (!check) for (const file of changed) writeFileSync(join(root, file.path), file.text);
  return changed.map((file) => file.path);
}
