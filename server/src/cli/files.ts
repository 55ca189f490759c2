import { existsSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SKIPPED_DIRS, walkScripts, type UnreadableFolder } from '../files/walkScripts';

/**
 * One argument's files, the folders below it that could not be listed, and the script
 * files whose name is not UTF-8 (shown with `\xNN`); or why it gave nothing.
 */
export type Expansion =
  | { files: string[]; unreadable: UnreadableFolder[]; badNames: string[] }
  | { problem: 'notFound' | 'noMatch' | 'noScripts' };

const GLOB_IGNORE = [...SKIPPED_DIRS].map((dir) => `**/${dir}/**`);

/**
 * A glob's matches. A name that is not UTF-8 comes back from the glob decoded with U+FFFD,
 * a path that does not exist: it is reported as such a name, not as a missing file.
 */
async function globFiles(pattern: string): Promise<{ files: string[]; badNames: string[] }> {
  const matches = (await glob(pattern, { ignore: GLOB_IGNORE, onlyFiles: true, absolute: isAbsolute(pattern) })).sort();
  const lost = (path: string) => path.includes('\ufffd') && !existsSync(path);
  return { files: matches.filter((p) => !lost(p)), badNames: matches.filter(lost) };
}

/** Expands a path, a directory (every script file below it) or a glob. */
export async function expand(arg: string): Promise<Expansion> {
  let stat;
  try {
    stat = statSync(arg);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) {
    const walked = await walkScripts(arg);
    const empty = walked.files.length + walked.unreadable.length + walked.badNames.length === 0;
    return empty ? { problem: 'noScripts' } : walked;
  }
  if (stat) return { files: [arg], unreadable: [], badNames: [] };
  if (isDynamicPattern(arg)) {
    const found = await globFiles(arg);
    return found.files.length + found.badNames.length > 0 ? { ...found, unreadable: [] } : { problem: 'noMatch' };
  }
  // The shell passed bytes that are not UTF-8, which reach the CLI as U+FFFD: no file has that name.
  if (arg.includes('\ufffd')) return { files: [], unreadable: [], badNames: [arg] };
  return { problem: 'notFound' };
}
