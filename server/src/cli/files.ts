import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isScriptFile } from '../service';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A folder that could not be listed, and why. */
export interface UnreadableFolder {
  path: string;
  reason: string;
}

/** One argument's files (and folders below it that could not be listed), or why it gave none. */
export type Expansion = { files: string[]; unreadable: UnreadableFolder[] } | { problem: 'notFound' | 'noMatch' | 'noScripts' };

function walk(dir: string, out: string[], unreadable: UnreadableFolder[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    unreadable.push({ path: dir, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, out, unreadable);
    } else if (entry.isFile() && isScriptFile(entry.name)) {
      out.push(path);
    }
  }
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
    const files: string[] = [];
    const unreadable: UnreadableFolder[] = [];
    walk(arg, files, unreadable);
    return files.length > 0 || unreadable.length > 0 ? { files, unreadable } : { problem: 'noScripts' };
  }
  if (stat) return { files: [arg], unreadable: [] };
  if (isDynamicPattern(arg)) {
    const files = (await glob(arg, { ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true })).sort();
    return files.length > 0 ? { files, unreadable: [] } : { problem: 'noMatch' };
  }
  return { problem: 'notFound' };
}
