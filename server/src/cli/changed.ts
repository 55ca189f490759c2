import { lazyModule } from './lazyModule';
import { resolve } from 'node:path';
import { realPath } from '../files/realPath';
import type { Message } from '../service';
import { cliMessages as M } from './messages';

const childProcess = lazyModule<typeof import('node:child_process')>('node:child_process');

type Git = { out: string } | { failed: string };

function git(args: string[], cwd: string): Git {
  const r = childProcess().spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) return { failed: r.error.message };
  if (r.status !== 0)
    return { failed: (r.stderr || `git ${args.join(' ')} exited ${r.status}`).trim().split('\n')[0]! };
  return { out: r.stdout };
}

/** Whether `name` names a commit in the repository at `cwd`. */
export function isCommit(name: string, cwd = process.cwd()): boolean {
  return 'out' in git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd);
}

/** The default branch to compare with: `origin/HEAD`'s branch, else `main`, else `master`. */
function defaultBranch(cwd: string): string | undefined {
  const head = git(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], cwd);
  if ('out' in head && head.out.trim()) return head.out.trim().replace(/^refs\/remotes\//, '');
  return ['main', 'master', 'origin/main', 'origin/master'].find((b) => isCommit(b, cwd));
}

/**
 * The absolute paths of the files changed since the merge base of HEAD and `ref` (default:
 * the default branch): committed, staged and unstaged changes, and untracked files. Deleted
 * files are left out: there is nothing to check.
 */
export function changedFiles(
  ref: string | undefined,
  cwd = process.cwd(),
): Set<string> | { problem: Message; args: Record<string, string> } {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if ('failed' in top) return { problem: M.changedNoRepo, args: { reason: top.failed } };
  const base = ref ?? defaultBranch(cwd);
  if (base === undefined) return { problem: M.changedNoBase, args: {} };
  const mergeBase = git(['merge-base', 'HEAD', base], cwd);
  if ('failed' in mergeBase) return { problem: M.changedBadRef, args: { ref: base, reason: mergeBase.failed } };
  const diff = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', mergeBase.out.trim()], cwd);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/'], cwd);
  for (const r of [diff, untracked])
    if ('failed' in r) return { problem: M.changedBadRef, args: { ref: base, reason: r.failed } };
  const root = top.out.trim();
  const names = [diff, untracked].flatMap((r) => ('out' in r ? r.out.split('\0').filter(Boolean) : []));
  return new Set(names.map((name) => realPath(resolve(root, name))));
}
