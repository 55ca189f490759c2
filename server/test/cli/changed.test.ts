/** `--changed [REF]` in a temporary git repository with a branch. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../e2e/lspClient';
import { bin, script, tempDir } from './cliRun';

const RUDE = script('你们真烦人');
let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
const checked = (args: string[]) => {
  const r = bin(['check', ...args, '--format', 'json'], repo);
  return {
    ...r,
    files: r.stdout
      ? (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file.split('\\').join('/')).sort()
      : [],
  };
};

beforeAll(() => {
  buildIfStale();
  repo = tempDir('huashu-changed-');
  git('init', '--quiet', '--initial-branch=main');
  mkdirSync(join(repo, 'scripts'));
  for (const name of ['a', 'b', 'gone']) writeFileSync(join(repo, 'scripts', `${name}.script.yaml`), RUDE);
  writeFileSync(join(repo, 'README.md'), 'x\n');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'feature');
  writeFileSync(join(repo, 'scripts', 'b.script.yaml'), RUDE + '# edited\n');
  writeFileSync(join(repo, 'scripts', 'c.script.yaml'), RUDE);
  unlinkSync(join(repo, 'scripts', 'gone.script.yaml'));
  writeFileSync(join(repo, 'README.md'), 'y\n');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'feature');
  writeFileSync(join(repo, 'scripts', 'untracked.script.yaml'), RUDE);
});

describe('--changed', () => {
  it('checks the scripts changed since the merge base with the default branch, and new ones', () => {
    const r = checked(['--changed']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['scripts/b.script.yaml', 'scripts/c.script.yaml', 'scripts/untracked.script.yaml']);
  });

  it('takes a ref: --changed main, --changed=HEAD', () => {
    expect(checked(['--changed', 'main']).files).toEqual([
      'scripts/b.script.yaml',
      'scripts/c.script.yaml',
      'scripts/untracked.script.yaml',
    ]);
    expect(checked(['--changed=HEAD']).files).toEqual(['scripts/untracked.script.yaml']);
  });

  it('compares with the merge base, not with the tip of main', () => {
    git('checkout', '--quiet', 'main');
    writeFileSync(join(repo, 'scripts', 'a.script.yaml'), RUDE + '# on main\n');
    git('commit', '--quiet', '-am', 'main moves on');
    git('checkout', '--quiet', 'feature');
    expect(checked(['--changed']).files).toEqual([
      'scripts/b.script.yaml',
      'scripts/c.script.yaml',
      'scripts/untracked.script.yaml',
    ]);
  });

  it('keeps to the paths given, a folder after --changed being a path', () => {
    mkdirSync(join(repo, 'other'), { recursive: true });
    writeFileSync(join(repo, 'other', 'o.script.yaml'), RUDE);
    expect(checked(['--changed', 'scripts']).files).toEqual([
      'scripts/b.script.yaml',
      'scripts/c.script.yaml',
      'scripts/untracked.script.yaml',
    ]);
    unlinkSync(join(repo, 'other', 'o.script.yaml'));
  });

  it('reports nothing changed as nothing checked, exit 0', () => {
    const r = bin(['check', '--changed=HEAD', 'scripts/a.script.yaml'], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No script files were checked.\n');
  });

  it('is a usage problem with an unknown ref or outside a repository', () => {
    const bad = bin(['check', '--changed=no-such-branch'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^huashu: --changed cannot compare with "no-such-branch": /);
    const outside = tempDir();
    writeFileSync(join(outside, 'a.script.yaml'), RUDE);
    const r = bin(['check', '--changed'], outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^huashu: --changed needs a git repository: /);
  });
});
