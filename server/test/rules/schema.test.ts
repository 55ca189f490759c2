import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check, findings, script } from '../util';

const ROOT = join(__dirname, '..', '..', '..');
const ajv = new Ajv({ allErrors: true, strict: false });
const scriptSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'script.schema.json'), 'utf8')));

describe('schema', () => {
  it('reports a turn with both agent and customer, on the second speaker', () => {
    expect(findings(script('  - agent: 好\n    customer: 好'), 'schema')).toEqual(['schema: customer']);
  });
  it('reports a turn with no speaker', () => {
    expect(findings(script('  - id: x'), 'schema')).toEqual(['schema: id: x']);
  });
  it('reports unknown keys, a bad channel and a missing script name', () => {
    expect(findings('greeting: 您好{agent_id}\nclosing: 再见\nchannel: fax\ntitle: x\n', 'schema')).toEqual([
      'schema: greeting',
      'schema: fax',
      'schema: title',
    ]);
  });
  it('reports duplicate turn ids', () => {
    expect(findings(script('  - id: a\n    agent: 好\n  - id: a\n    agent: 好'), 'schema')).toEqual(['schema: a']);
  });
  it('reports a top level that is not a mapping', () => {
    expect(findings('- a\n- b\n', 'schema')).toEqual(['schema: - a\n- b']);
  });
  it('does not crash on an empty file', () => {
    expect(check('').map((d) => d.code)).toEqual(['greeting-required', 'closing-required']);
  });
});

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
