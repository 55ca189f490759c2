import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { loadPhrasebook, localize, parseConfig, resolveConfig } from '../../src/service';
import { check, script } from '../util';

const CONFIG = '/w/.huashu.yaml';

/** The problems of a `.huashu.yaml` text (and the phrasebook files it names), as `file: covered text: message`. */
function configProblems(text: string, files: Record<string, string> = {}): string[] {
  const parsed = parseConfig(CONFIG, '/w', text);
  const problems = [...parsed.problems];
  if (parsed.config) {
    problems.push(...resolveConfig(parsed.config, { readFile: (path) => files[path], workspaceRoot: '/w' }).problems);
  }
  const texts = new Map([[CONFIG, text], ...Object.entries(files)]);
  return problems.map(
    (p) => `${p.file}: ${texts.get(p.file)!.slice(p.span.start, p.span.end)}: ${localize(p.message, 'en', p.args)}`,
  );
}

describe('config', () => {
  it('reports a mistake in .huashu.yaml on the exact text', () => {
    expect(configProblems('rules:\n  hardcoded-agent-id: loud\n')).toEqual([
      '/w/.huashu.yaml: loud: Invalid rule level "loud": use off, hint, information, warning or error',
    ]);
  });

  it('is an error with the code config on the configuration file, also in the CLI', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'huashu-config-rule-')));
    writeFileSync(join(dir, '.huashu.yaml'), 'rules:\n  hardcoded-agent-id: loud\n');
    writeFileSync(join(dir, 'a.script.yaml'), 'script: x\ngreeting: 您好，工号{agent_id}为您服务。\nclosing: 再见\n');
    try {
      let stdout = '';
      const code = await runCli(['check', dir, '--format', 'json'], {
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
        env: { LANG: 'en_US.UTF-8' },
        isTTY: false,
      });
      expect(code).toBe(1);
      const results = JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>;
      const config = results.find((r) => r.file.endsWith('.huashu.yaml'))!;
      expect(config.diagnostics).toEqual([
        {
          code: 'config',
          severity: 'error',
          message: 'Invalid rule level "loud": use off, hint, information, warning or error',
          range: { start: { line: 1, character: 22 }, end: { line: 1, character: 26 } },
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a mistake in a team phrasebook on that file', () => {
    const team =
      'version: 1\ncategories:\n  t: { zh: 团队, en: Team }\nphrases:\n  - id: t-1\n    text: 您好\n    category: nope\n';
    const found = configProblems('phrasebook: [team.yaml]\n', { '/w/team.yaml': team });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\/w\/team\.yaml: nope: /);
  });

  it('reports a phrasebook file outside the workspace, or one it cannot read, on its path in .huashu.yaml', () => {
    const found = configProblems('phrasebook: [../elsewhere.yaml, missing.yaml]\n');
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
