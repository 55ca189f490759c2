import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { realPath } from '../files/realPath';
import { SKIPPED_DIRS, walkScripts, type UnreadableFolder } from '../files/walkScripts';
import { isInside } from '../service';

/** A file found through a symbolic link that leads out of the workspace, and where it leads. */
export interface LinkOut {
  path: string;
  target: string;
}

/** One argument's files, and the problems found on the way; each problem is reported, the files checked. */
export interface Found {
  files: string[];
  /** Folders below the argument that could not be listed. */
  unreadable: UnreadableFolder[];
  /** Script files whose name is not UTF-8 (shown with `\xNN`). */
  badNames: string[];
  /** Glob matches that link out of the workspace. */
  linksOut: LinkOut[];
}

/** What an argument gave, or why it gave nothing. */
export type Expansion = Found | { problem: 'notFound' | 'noMatch' | 'noScripts' };

const found = (files: string[], more: Partial<Omit<Found, 'files'>> = {}): Found => ({
  files,
  unreadable: more.unreadable ?? [],
  badNames: more.badNames ?? [],
  linksOut: more.linksOut ?? [],
});

const GLOB_IGNORE = [...SKIPPED_DIRS].map((dir) => `**/${dir}/**`);

/**
 * A glob's matches. A name that is not UTF-8 comes back from the glob decoded with U+FFFD,
 * a path that does not exist: it is reported as such a name, not as a missing file. A
 * match whose real path is outside the workspace (`cwd`, or the pattern's own folder when
 * that is outside it) is a link out of it, as a script linked to a secret file: not read.
 */
async function globFiles(pattern: string, cwd: string): Promise<Expansion> {
  const [{ glob }, { default: picomatch }] = await Promise.all([import('tinyglobby'), import('picomatch')]);
  const matches = (await glob(pattern, { ignore: GLOB_IGNORE, onlyFiles: true, absolute: isAbsolute(pattern) })).sort();
  const base = resolve(cwd, picomatch.scan(pattern).base);
  const root = realPath(isInside(cwd, base) ? cwd : base);
  const files: string[] = [];
  const badNames: string[] = [];
  const linksOut: LinkOut[] = [];
  for (const path of matches) {
    const target = realPath(resolve(cwd, path));
    if (path.includes('\ufffd') && !existsSync(path)) badNames.push(path);
    else if (!isInside(root, target)) linksOut.push({ path, target });
    else files.push(path);
  }
  return files.length + badNames.length + linksOut.length > 0
    ? found(files, { badNames, linksOut })
    : { problem: 'noMatch' };
}

/** Expands a path, a directory (every script file below it) or a glob, relative to `cwd`. */
export async function expand(arg: string, cwd = process.cwd()): Promise<Expansion> {
  let stat;
  try {
    stat = statSync(arg);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) {
    const walked = await walkScripts(arg);
    const empty = walked.files.length + walked.unreadable.length + walked.badNames.length === 0;
    return empty ? { problem: 'noScripts' } : found(walked.files, walked);
  }
  if (stat) return found([arg]);
  // The glob libraries load only for an argument that names no file: most runs name files and folders.
  if ((await import('tinyglobby')).isDynamicPattern(arg)) return globFiles(arg, cwd);
  // The shell passed bytes that are not UTF-8, which reach the CLI as U+FFFD: no file has that name.
  if (arg.includes('\ufffd')) return found([], { badNames: [arg] });
  return { problem: 'notFound' };
}
