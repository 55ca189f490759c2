/** The summary line counts in correct English and Chinese, and says so when nothing was checked. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, script, tempDir } from './cliRun';

const CLEAN = script('好的，我帮您查一下');

describe('plural forms', () => {
  it('says "1 file" for one clean file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), CLEAN);
    const r = await cli(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Checked 1 file: no problems found.\n');
  });

  it('says "2 files" for two', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), CLEAN);
    writeFileSync(join(dir, 'b.script.yaml'), CLEAN);
    expect((await cli(['check', dir])).stdout).toBe('Checked 2 files: no problems found.\n');
  });

  it('says "1 problem (1 error, 0 warnings)" for one error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), script('你们真烦人'));
    const r = await cli(['check', dir]);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)\n');
  });

  it('names a hint a hint, and an information an info, each in the singular or plural', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), script('你们真烦人'));
    const hint = await cli(['check', dir, '--rule', 'forbidden-phrase=hint']);
    expect(hint.stdout).toContain('1 problem (0 errors, 0 warnings, 1 hint)\n');
    writeFileSync(join(dir, 'b.script.yaml'), script('你们真烦人'));
    const info = await cli(['check', dir, '--rule', 'forbidden-phrase=information']);
    expect(info.stdout).toContain('2 problems (0 errors, 0 warnings, 2 infos)\n');
  });

  it('counts in Chinese without plural forms', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), script('你们真烦人'));
    const r = await cli(['check', dir, '--locale', 'zh', '--rule', 'forbidden-phrase=hint']);
    expect(r.stdout).toContain('1 个问题（0 个错误，0 个警告，1 个提示）\n');
  });
});

describe('nothing to check', () => {
  it('a missing path: an error and exit 2, and no "no problems found"', async () => {
    const dir = tempDir();
    const r = await cli(['check', join(dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or directory');
    expect(r.stdout).toBe('No script files were checked.\n');
  });

  it('an empty folder: says no script files were found', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const r = await cli(['check', join(dir, 'empty')]);
    expect(r.stderr).toContain('No script files');
    expect(r.stdout).toBe('No script files were checked.\n');
    expect(r.stdout).not.toContain('no problems found');
  });

  it('an unmatched glob: says so', async () => {
    const dir = tempDir();
    const r = await cli(['check', `${dir}/**/*.script.yaml`]);
    expect(r.stderr).toContain('matches no files');
    expect(r.stdout).toBe('No script files were checked.\n');
  });

  it('a missing path next to a clean file still counts the file it checked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), CLEAN);
    const r = await cli(['check', join(dir, 'a.script.yaml'), join(dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('Checked 1 file: no problems found.\n');
  });
});
