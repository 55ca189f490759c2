import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isScriptFile } from '../service';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** One argument's files, or why it gave none. */
export type Expansion = { files: string[] } | { problem: 'notFound' | 'noMatch' | 'noScripts' };

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, out);
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
    walk(arg, files);
    return files.length > 0 ? { files } : { problem: 'noScripts' };
  }
  if (stat) return { files: [arg] };
  if (isDynamicPattern(arg)) {
    const files = (await glob(arg, { ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true })).sort();
    return files.length > 0 ? { files } : { problem: 'noMatch' };
  }
  return { problem: 'notFound' };
}
