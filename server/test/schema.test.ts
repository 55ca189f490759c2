import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig, RULE_IDS } from '../src/service';

const ROOT = join(__dirname, '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
const configSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'huashu-config.schema.json'), 'utf8')));

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
  speaking: 'speaking:\n  charsPerMinute: 180\n  budget: 25\n  channels: { phone: 25, chat: off }\n',
  'bad speaking': 'speaking:\n  budget: -1\n',
  'bad channel budget': 'speaking:\n  channels: { chat: later }\n',
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
