/** The command line: `--` ends the options, and `--rule`/`--format` take only known names. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/service';
import { bin, cli, script, tempDir } from './cliRun';

describe('--', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('huashu-args-');
    writeFileSync(join(dir, '-x.script.yaml'), script('你们真烦人'));
    mkdirSync(join(dir, '--format'));
    writeFileSync(join(dir, '--format', 'y.script.yaml'), script('好的'));
  });

  it('makes every later argument a path, even one that starts with -', () => {
    const r = bin(['check', '--format', 'json', '--', '-x.script.yaml', '--format'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>).map((f) => [
      f.file,
      f.diagnostics.map((d) => d.code),
    ]);
    expect(files).toEqual([
      ['-x.script.yaml', ['forbidden-phrase']],
      [join('--format', 'y.script.yaml'), []],
    ]);
  });

  it('can also come before the command', () => {
    const r = bin(['--', 'check', '-x.script.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-x.script.yaml');
  });

  it('is itself a path after --', async () => {
    const r = await cli(['check', '--', '--']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('huashu: Cannot read "--": no such file or directory\n');
  });
});

describe('--rule', () => {
  const ids = RULE_IDS.join(', ');
  it.each([
    '__proto__=off',
    'constructor=off',
    'toString=off',
    'hasOwnProperty=error',
    'x=off=y',
    'nope=off',
    '=off',
    'forbidden-phrase',
  ])('rejects %s as a usage error that names the rule ids', async (value) => {
    const r = await cli(['check', '--rule', value, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`huashu: Invalid --rule "${value}": expected id=level, with id one of ${ids}\n`);
  });

  it.each(['forbidden-phrase=loud', 'forbidden-phrase=off=y', 'forbidden-phrase=', 'forbidden-phrase=__proto__'])(
    'rejects %s as a usage error that names the levels',
    async (value) => {
      const r = await cli(['check', `--rule=${value}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `huashu: Invalid --rule "${value}": the level must be one of off, hint, information, warning, error\n`,
      );
    },
  );

  it('applies a valid level, the last one of a rule winning', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.script.yaml'), script('你们真烦人'));
    const r = await cli([
      'check',
      join(dir, 'x.script.yaml'),
      '--rule',
      'forbidden-phrase=off',
      '--rule',
      'forbidden-phrase=warning',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ severity: string }> }>)[0]!.diagnostics.map(
        (d) => d.severity,
      ),
    ).toEqual(['warning']);
  });
});

describe('--format', () => {
  it.each(['__proto__', 'constructor', 'toString'])('rejects %s as a usage error', async (value) => {
    const r = await cli(['check', '--format', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huashu: Unknown format "${value}": use stylish, json, sarif, github, gitlab or junit\n`);
  });
});
