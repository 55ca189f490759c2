/** What a lead reads: the table by rule and by folder, --quiet, --max-warnings. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, script, tempDir } from './cliRun';

let dir: string;
beforeAll(() => {
  dir = tempDir('huashu-lead-');
  mkdirSync(join(dir, '投诉'));
  mkdirSync(join(dir, 'repair'));
  writeFileSync(join(dir, '投诉', 'a.script.yaml'), script('你们真烦人，真烦人'));
  writeFileSync(join(dir, 'repair', 'b.script.yaml'), script('你们真烦人'));
  writeFileSync(join(dir, 'repair', 'c.script.yaml'), script('请把{{ticket}}告诉我'));
});

const summaryPart = (stdout: string) => stdout.slice(stdout.indexOf('By rule'));

describe('the table at the end of stylish', () => {
  it('counts by rule and by folder, most errors first, aligned with wide characters', async () => {
    const r = await cli(['check', dir]);
    const table = summaryPart(r.stdout).split('\n');
    const rules = table.slice(0, table.indexOf(''));
    expect(rules[0]).toMatch(/^By rule\s+errors\s+warnings\s+others$/);
    expect(rules[1]).toMatch(/^forbidden-phrase\s+3\s+0\s+0$/);
    const folders = table.slice(table.indexOf('') + 1);
    expect(folders.slice(0, 3).map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'By folder errors warnings others',
      expect.stringMatching(/^\S*投诉 2 0 0$/) as unknown as string,
      expect.stringMatching(/^\S*repair \d+ \d+ \d+$/) as unknown as string,
    ]);
    // The counts line up in columns: 投诉 is two wide characters.
    const end = (line: string) => [...line].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
    expect(new Set(folders.slice(0, 3).map(end)).size).toBe(1);
  });

  it('is left out for one file', async () => {
    const r = await cli(['check', join(dir, 'repair', 'b.script.yaml')]);
    expect(r.stdout).not.toContain('By rule');
  });
});

describe('--quiet', () => {
  it('shows errors only', async () => {
    const all = await cli(['check', dir, '--format', 'json']);
    const quiet = await cli(['check', dir, '--format', 'json', '--quiet']);
    const severities = (out: string) =>
      (JSON.parse(out) as Array<{ diagnostics: Array<{ severity: string }> }>).flatMap((f) =>
        f.diagnostics.map((d) => d.severity),
      );
    expect(severities(all.stdout)).toContain('warning');
    expect(new Set(severities(quiet.stdout))).toEqual(new Set(['error']));
    expect(quiet.code).toBe(1);
  });
});

describe('--max-warnings', () => {
  const warnDir = () => {
    const d = tempDir('huashu-warn-');
    writeFileSync(join(d, 'a.script.yaml'), script('你们真烦人'));
    writeFileSync(join(d, 'b.script.yaml'), script('你们真烦人'));
    return d;
  };

  it('fails the run with more warnings than N, as ESLint does', async () => {
    const d = warnDir();
    const r = await cli(['check', d, '--rule', 'forbidden-phrase=warning', '--max-warnings', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('huashu: Too many warnings: 2, the maximum is 1 (--max-warnings)\n');
  });

  it('passes with N or fewer', async () => {
    const d = warnDir();
    expect((await cli(['check', d, '--rule', 'forbidden-phrase=warning', '--max-warnings', '2'])).code).toBe(0);
    expect((await cli(['check', d, '--rule', 'forbidden-phrase=warning'])).code).toBe(0);
  });

  it('rejects a value that is not a whole number', async () => {
    const r = await cli(['check', '--max-warnings', '-1']);
    expect(r.code).toBe(2);
    expect((await cli(['check', '--max-warnings=x'])).stderr).toContain('Invalid --max-warnings "x"');
  });
});
