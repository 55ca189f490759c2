import { readdir } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { join, sep } from 'node:path';
import { isScriptFile } from '../service';
import { describeError } from './describeError';
import { pathText } from './pathText';

/** Folders never searched for scripts: dependencies and version control. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A folder that could not be listed, and why. */
export interface UnreadableFolder {
  path: string;
  reason: string;
}

export interface WalkedScripts {
  /** Script files, in byte order of their names, folder by folder. */
  files: string[];
  /** Folders below the root that could not be listed. */
  unreadable: UnreadableFolder[];
  /**
   * Script files whose path is not valid UTF-8, shown with `\xNN` for the other bytes. They
   * are not checked: no report (JSON, SARIF, an editor's URI) could name them exactly.
   */
  badNames: string[];
}

/** A path below `dir`: text while every name is UTF-8, bytes from the first one that is not. */
type DirPath = string | Buffer;

function child(dir: DirPath, name: Buffer): DirPath {
  if (typeof dir === 'string' && isUtf8(name)) return join(dir, name.toString('utf8'));
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from(sep), name]);
}

/**
 * Every script file below `root`: the one walker of the CLI and the workspace scan. Symbolic
 * links are not followed (a link loop cannot recurse), and `SKIPPED_DIRS` are not entered.
 */
export async function walkScripts(root: string, cancelled: () => boolean = () => false): Promise<WalkedScripts> {
  const found: WalkedScripts = { files: [], unreadable: [], badNames: [] };
  async function walk(dir: DirPath): Promise<void> {
    if (cancelled()) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      found.unreadable.push({ path: typeof dir === 'string' ? dir : pathText(dir), reason: describeError(e, 'brief') });
      return;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) await walk(child(dir, entry.name));
      } else if (entry.isFile() && isScriptFile(name)) {
        const path = child(dir, entry.name);
        if (typeof path === 'string') found.files.push(path);
        else found.badNames.push(pathText(path));
      }
    }
  }
  await walk(root);
  return found;
}
