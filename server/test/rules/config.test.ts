import { describe, expect, it } from 'vitest';
import { configDiagnostics, loadPhrasebook, parseConfig, resolveConfig } from '../../src/service';
import { check, script, slice } from '../util';

const DOCS = 'https://example.test/rules.md';
const CONFIG = '/w/.huashu.yaml';

/** `config` diagnostics of a `.huashu.yaml` text (and the phrasebook files it names), as `file: covered text: message`. */
function configFindings(text: string, files: Record<string, string> = {}): string[] {
  const parsed = parseConfig(CONFIG, '/w', text);
  const problems = [...parsed.problems];
  if (parsed.config) {
    problems.push(...resolveConfig(parsed.config, { readFile: (path) => files[path], workspaceRoot: '/w' }).problems);
  }
  const texts = new Map([[CONFIG, text], ...Object.entries(files)]);
  return [...configDiagnostics(problems, texts, 'en', DOCS)].flatMap(([file, diagnostics]) =>
    diagnostics.map((d) => `${file}: ${slice(texts.get(file)!, d.range)}: ${d.message}`),
  );
}

describe('config', () => {
  it('reports a mistake in .huashu.yaml on the exact text, as an error linked to its rule', () => {
    const text = 'rules:\n  hardcoded-agent-id: loud\n';
    expect(configFindings(text)).toEqual([
      '/w/.huashu.yaml: loud: Invalid rule level "loud": use off, hint, information, warning or error',
    ]);
    const parsed = parseConfig(CONFIG, '/w', text);
    const [d] = configDiagnostics(parsed.problems, new Map([[CONFIG, text]]), 'zh', DOCS).get(CONFIG)!;
    expect(d).toMatchObject({
      code: 'config',
      severity: 1,
      source: 'huashu',
      codeDescription: { href: `${DOCS}#config` },
    });
    expect(d!.range).toEqual({ start: { line: 1, character: 22 }, end: { line: 1, character: 26 } });
  });

  it('reports a mistake in a team phrasebook on that file, at its line', () => {
    const team =
      'version: 1\ncategories:\n  t: { zh: 团队, en: Team }\nphrases:\n  - id: t-1\n    text: 您好\n    category: nope\n';
    const found = configFindings('phrasebook: [team.yaml]\n', { '/w/team.yaml': team });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\/w\/team\.yaml: nope: /);
  });

  it('reports a phrasebook file outside the workspace, or one it cannot read, on its path in .huashu.yaml', () => {
    const found = configFindings('phrasebook: [../elsewhere.yaml, missing.yaml]\n');
    expect(found.map((f) => f.split(': ').slice(0, 2).join(': '))).toEqual([
      '/w/.huashu.yaml: ../elsewhere.yaml',
      '/w/.huashu.yaml: missing.yaml',
    ]);
  });

  it('finds nothing in a script: it reports on configuration files only', () => {
    expect(check(script('  - agent: 好的')).some((d) => d.code === 'config')).toBe(false);
  });
});

describe('phrasebook files are validated when loaded', () => {
  it('names the file and the line of each mistake', () => {
    const text =
      'version: 1\ncategories:\n  greet: { zh: 开始语, en: Greeting }\nphrases:\n  - id: a\n    text: 您好\n    category: greet\n  - id: a\n    text: 再见\n    category: nope\n';
    const { errors } = loadPhrasebook([{ file: 'team.yaml', text }]);
    expect(
      errors.map(
        (e) => `${e.file}:${e.line}: ${e.message.en.replace(/\{(\w+)\}/g, (_, k: string) => e.args?.[k] ?? k)}`,
      ),
    ).toEqual(['team.yaml:8: Duplicate id "a" (first defined on line 5)']);
  });
});
