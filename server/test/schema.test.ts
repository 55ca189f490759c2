import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig, RULE_IDS } from '../src/service';
import { check } from './util';

const ROOT = join(__dirname, '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
const scriptSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'script.schema.json'), 'utf8')));
const configSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'huashu-config.schema.json'), 'utf8')));

const ok = 'script: x\ngreeting: 您好{agent_id}\nclosing: 再见\n';
const scripts: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(join(ROOT, 'samples'))
      .filter((n) => n.endsWith('.script.yaml') && n !== 'all-rules.script.yaml')
      .map((n) => [n, readFileSync(join(ROOT, 'samples', n), 'utf8')]),
  ),
  minimal: ok,
  'both speakers': `${ok}steps:\n  - agent: 好\n    customer: 好\n`,
  'no speaker': `${ok}steps:\n  - id: a\n`,
  'unknown top key': `${ok}title: x\n`,
  'bad channel': `${ok}channel: fax\n`,
  'greeting as mapping': 'script: x\ngreeting: {a: 1}\nclosing: 再见\n',
  'steps as mapping': `${ok}steps: {a: 1}\n`,
  'missing script': 'greeting: 您好\nclosing: 再见\n',
  'scenario not a list': `${ok}scenarios:\n  a: 好\n`,
  'variant without agent': 'script: x\ngreeting:\n  - when: 节日\nclosing: 再见\n',
  'variant with unknown key': 'script: x\ngreeting:\n  - agent: 您好\n    note: x\nclosing: 再见\n',
  'turn with unknown key': `${ok}steps:\n  - agent: 好\n    say: x\n`,
  'turn note as list': `${ok}steps:\n  - agent: 好\n    note: [a]\n`,
  'a turn that is a string': `${ok}steps:\n  - 好\n`,
  'scenario turns': `${ok}scenarios:\n  silent:\n    - agent: 好\n      next: a\n`,
};

describe('the JSON Schema of scripts agrees with the schema rule', () => {
  for (const [name, text] of Object.entries(scripts)) {
    it(name, () => {
      const byRule = !check(text).some((d) => d.code === 'schema' || d.code === 'yaml-syntax');
      const bySchema = scriptSchema(parse(text));
      expect(bySchema).toBe(byRule);
    });
  }
});

const configs: Record<string, string> = {
  empty: '',
  full: 'extends: builtin\nphrasebook: [a.yaml]\nforbidden:\n  add:\n    - phrase: 不归我管\n      category: 推卸语\n      suggest: [好的]\n  remove: [急什么]\napproved:\n  add:\n    - phrase: 您好\n      category: greeting\nrules:\n  hardcoded-agent-id: warning\nplaceholders:\n  known: [order_id]\n  aliases: { 工号: agent_id }\noverrides:\n  - files: "chat/**"\n    rules: { greeting-required: warning }\n',
  'unknown key': 'extend: builtin\n',
  'bad extends': 'extends: all\n',
  'unknown rule': 'rules:\n  nope: off\n',
  'bad level': 'rules:\n  schema: loud\n',
  'add without suggest': 'forbidden:\n  add:\n    - phrase: 不归我管\n      category: 推卸语\n',
  'bad placeholder name': 'placeholders:\n  known: [order-id]\n',
  'override without files': 'overrides:\n  - rules: {}\n',
  'rules as list': 'rules: [a]\n',
};

describe('the JSON Schema of .huashu.yaml agrees with the configuration loader', () => {
  for (const [name, text] of Object.entries(configs)) {
    it(name, () => {
      const byLoader = parseConfig('/w/.huashu.yaml', '/w', text).problems.length === 0;
      expect(configSchema(parse(text) ?? null)).toBe(byLoader);
    });
  }
  it('names every rule the service has', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'huashu-config.schema.json'), 'utf8'));
    expect(Object.keys(schema.definitions.rules.properties).sort()).toEqual([...RULE_IDS].sort());
  });
});
