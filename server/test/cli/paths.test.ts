/**
 * Odd names and links on disk: a file name that is not UTF-8, a glob through a linked
 * folder, a `.huashu.yaml` that is a looping or dangling link.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../e2e/lspClient';
import { BIN, cli, script, tempDir } from './cliRun';

beforeAll(() => buildIfStale());

type JsonResult = Array<{ file: string; diagnostics: Array<{ code: string; message: string }> }>;

describe('a script file whose name is not UTF-8', () => {
  function folder(): string {
    const dir = tempDir('huashu-names-');
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, 'gbk-')), Buffer.from([0xd5, 0xe6]), Buffer.from('.script.yaml')]),
      script('好的'),
    );
    mkdirSync(Buffer.concat([Buffer.from(join(dir, 'dir-')), Buffer.from([0xff])]));
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, 'dir-')), Buffer.from([0xff]), Buffer.from('/inner.script.yaml')]),
      script('好的'),
    );
    writeFileSync(join(dir, 'ok.script.yaml'), script('你们真烦人'));
    return dir;
  }

  it('below a folder: reported once each, by its bytes, with exit 2; the other files are checked', async () => {
    const dir = folder();
    const r = await cli(['check', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    const reason = 'its name is not valid UTF-8, so no report could name it: rename it to check it';
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `huashu: Skipped "${join(dir, 'dir-\\xff', 'inner.script.yaml')}": ${reason}`,
      `huashu: Skipped "${join(dir, 'gbk-\\xd5\\xe6.script.yaml')}": ${reason}`,
    ]);
    expect((JSON.parse(r.stdout) as JsonResult).map((f) => f.file)).toEqual([join(dir, 'ok.script.yaml')]);
  });

  it('matched by a glob: the same one line, not "no such file"', async () => {
    const dir = folder();
    const r = await cli(['check', `${dir}/*.script.yaml`, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('no such file');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^huashu: Skipped ".*gbk-.*\.script\.yaml": its name is not valid UTF-8/);
    expect((JSON.parse(r.stdout) as JsonResult).map((f) => f.file)).toEqual([join(dir, 'ok.script.yaml')]);
  });

  it('given by name from a shell: one line saying so, not "no such file"', () => {
    const dir = folder();
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"$0" "${BIN}" check "$(printf '${dir}/gbk-\\325\\346.script.yaml')" "${dir}/ok.script.yaml"`,
        process.execPath,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `huashu: Skipped "${dir}/gbk-\ufffd\ufffd.script.yaml": its name is not valid UTF-8, so no report could name it: rename it to check it\n`,
    );
    expect(r.stdout).toContain('ok.script.yaml');
  });
});

describe('the same file reached twice', () => {
  function linked(): string {
    const dir = tempDir('huashu-dupes-');
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'a.script.yaml'), script('你们真烦人'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    return dir;
  }

  it('through a glob over a linked folder is checked and reported once', async () => {
    const dir = linked();
    const r = await cli(['check', `${dir}/*/*.script.yaml`, '--format', 'json']);
    expect((JSON.parse(r.stdout) as JsonResult).map((f) => f.file)).toEqual([join(dir, 'link', 'a.script.yaml')]);
  });

  it('through two arguments, a folder and its link, is reported once, under the first name', async () => {
    const dir = linked();
    const r = await cli(['check', join(dir, 'real'), join(dir, 'link', 'a.script.yaml'), '--format', 'json']);
    expect((JSON.parse(r.stdout) as JsonResult).map((f) => f.file)).toEqual([join(dir, 'real', 'a.script.yaml')]);
  });
});

describe('a .huashu.yaml that cannot be read', () => {
  it.each([
    ['loops to itself', (path: string) => symlinkSync('.huashu.yaml', path), 'ELOOP'],
    ['is a dangling link', (path: string) => symlinkSync('gone.yaml', path), 'ENOENT'],
  ])('that %s is a config finding; the scripts are checked with the built-in phrasebook', async (_, make, reason) => {
    const dir = tempDir('huashu-loop-');
    writeFileSync(join(dir, 'x.script.yaml'), script('你们真烦人'));
    make(join(dir, '.huashu.yaml'));
    const r = await cli(['check', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as JsonResult;
    expect(results[0]).toMatchObject({
      file: expect.stringMatching(/\.huashu\.yaml$/),
      diagnostics: [{ code: 'config', message: `Cannot read the configuration file (${reason})` }],
    });
    expect(results[1]!.diagnostics.map((d) => d.code)).toEqual(['forbidden-phrase']);
  });
});
