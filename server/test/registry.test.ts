import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFiles, writeRuleFiles } from '../../scripts/rule-files';
import { ConfigStore } from '../src/files/configStore';
import { configDiagnostics, RULE_IDS, RULES, toTraditional } from '../src/service';
import type { Rule } from '../src/service/rules/types';

// Every rule has all of its parts, as ESLint's checkRuleFiles requires of its rules.

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'server', 'src', 'service', 'rules');
const RULE_TESTS = join(ROOT, 'server', 'test', 'rules');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const manifest = JSON.parse(read('package.json'));
const ruleSettings = manifest.contributes.configuration.properties['huashu.rules'];
const nls = {
  en: JSON.parse(read('package.nls.json')),
  zh: JSON.parse(read('package.nls.zh-cn.json')),
  tw: JSON.parse(existsSync(join(ROOT, 'package.nls.zh-tw.json')) ? read('package.nls.zh-tw.json') : '{}'),
};
const configSchema = JSON.parse(read('schemas/huashu-config.schema.json'));
const docs = read('docs/rules.md');
const readme = read('README.md');
const sampleCodes = new Set(
  read('server/test/fixtures/samples.expected.txt')
    .split('\n')
    .filter((line) => line.startsWith('all-rules.script.yaml:'))
    .map((line) => line.split(' ')[1]),
);

/** The codes of the findings on the configuration written to fire every config rule. */
function configFixtureCodes(): Set<string> {
  const fixtures = join(ROOT, 'server', 'test', 'fixtures');
  const state = new ConfigStore('docs', fixtures).get(join(fixtures, 'all-rules.huashu.yaml'));
  const byFile = configDiagnostics(state.problems, state.texts, { locale: 'en', rules: {} }, 'docs');
  return new Set([...byFile.values()].flat().map((d) => String(d.code)));
}

const camelCase = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('the rule registry', () => {
  it('has unique ids in the kebab-case that codes and anchors use', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('registers every rule defined in the rules folder', async () => {
    const registered = new Set<unknown>(RULES);
    for (const name of readdirSync(RULES_DIR).filter((n) => n.endsWith('.ts'))) {
      const module = (await import(join(RULES_DIR, name))) as Record<string, unknown>;
      for (const [exported, value] of Object.entries(module)) {
        const rule = value as Partial<Rule> | undefined;
        if (!rule || typeof rule !== 'object' || typeof rule.id !== 'string' || !rule.defaultSeverity) continue;
        expect(registered.has(value), `${name} exports ${exported} (${rule.id}), which is not in RULES`).toBe(true);
      }
    }
  });

  it('writes the generated files as they are committed (run `npm run gen:rules` if not)', () => {
    const files = ruleFiles(ROOT);
    expect(files.map((f) => f.path)).toContain('package.nls.zh-tw.json');
    for (const file of files) expect(read(file.path), file.path).toBe(file.text);
  });

  it('--check names a Traditional manifest file that lacks a string, or is missing, and writes it', () => {
    const root = mkdtempSync(join(tmpdir(), 'huashu-gen-rules-'));
    const copy = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json'];
    mkdirSync(join(root, 'schemas'));
    for (const path of [...copy, 'schemas/huashu-config.schema.json']) writeFileSync(join(root, path), read(path));
    expect(writeRuleFiles(root, true)).toEqual([]);
    const tw = JSON.parse(read('package.nls.zh-tw.json')) as Record<string, string>;
    delete tw['huashu.enable'];
    writeFileSync(join(root, 'package.nls.zh-tw.json'), JSON.stringify(tw));
    expect(writeRuleFiles(root, true)).toEqual(['package.nls.zh-tw.json']);
    expect(writeRuleFiles(root)).toEqual(['package.nls.zh-tw.json']);
    const written = JSON.parse(readFileSync(join(root, 'package.nls.zh-tw.json'), 'utf8')) as Record<string, string>;
    expect(written['huashu.enable']).toBe(toTraditional(nls.zh['huashu.enable']));
    expect(Object.keys(written)).toEqual(Object.keys(nls.en));
    rmSync(join(root, 'package.nls.zh-tw.json'));
    expect(writeRuleFiles(root, true)).toEqual(['package.nls.zh-tw.json']);
    rmSync(root, { recursive: true, force: true });
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('lives in its own file, named after its id', () => {
    expect(existsSync(join(RULES_DIR, `${camelCase(id)}.ts`))).toBe(true);
  });

  it('has its section in docs/rules.md (the anchor the diagnostics link to) with its default level', () => {
    const section = new RegExp(`^## ${id}\\n\\*\\*${rule.defaultSeverity}\\*\\* — `, 'm');
    expect(docs).toMatch(section);
  });

  it('has its row in the README rules table with its default level', () => {
    expect(readme).toContain(`| \`${id}\` | ${rule.defaultSeverity} | `);
  });

  it('has its manifest setting and its strings in both languages, and in Traditional Chinese', () => {
    expect(ruleSettings.properties[id]).toMatchObject({
      default: rule.defaultSeverity,
      description: `%huashu.rules.${id}%`,
    });
    expect(nls.en[`huashu.rules.${id}`]).toBe(rule.description.en);
    expect(nls.zh[`huashu.rules.${id}`]).toBe(rule.description.zh);
    expect(nls.tw[`huashu.rules.${id}`]).toBe(toTraditional(rule.description.zh));
  });

  it('has its entry in the .huashu.yaml schema', () => {
    expect(configSchema.definitions.rules.properties[id]).toMatchObject({ $ref: '#/definitions/level' });
  });

  if (rule.reportsOn === 'config') {
    it('fires on server/test/fixtures/all-rules.huashu.yaml (it reports on configuration files only)', () => {
      expect(configFixtureCodes()).toContain(id);
    });
  } else {
    it('fires on samples/all-rules.script.yaml (server/test/fixtures/samples.expected.txt)', () => {
      expect(sampleCodes).toContain(id);
    });
  }
});

describe('rule tests', () => {
  it.skipIf(!existsSync(RULE_TESTS))('every rule has server/test/rules/<rule-id>.test.ts', () => {
    const present = new Set(readdirSync(RULE_TESTS));
    expect(
      RULE_IDS.filter((id) => !present.has(`${id}.test.ts`)),
      'rules without a test file',
    ).toEqual([]);
  });
});
