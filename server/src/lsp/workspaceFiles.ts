import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isScriptFile } from '../service';

/** Folders never searched for scripts. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** At most this many files are checked by the workspace scan. */
export const MAX_WORKSPACE_FILES = 5000;

/** The local path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * A key that is the same for every spelling of a URI: clients and Node encode characters
 * of file URIs differently (`%21` or `!`, `%3A` or `:`), so file URIs compare by path.
 */
export function uriKey(uri: string): string {
  return uriToPath(uri) ?? uri;
}

/** Whether a path is a script that the workspace scan would check (not under a skipped folder). */
export function isWorkspaceScript(path: string, folders: readonly string[]): boolean {
  if (!isScriptFile(path)) return false;
  const folder = folders.find((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep));
  if (folder === undefined) return false;
  return !path.slice(folder.length).split(sep).some((part) => SKIPPED_DIRS.has(part));
}

export interface FoundFiles {
  /** Script files, in folder order then path order, at most `limit`. */
  files: string[];
  /** Script files beyond the limit. */
  overLimit: string[];
  /** Folders that could not be read, with the reason. */
  unreadable: { path: string; reason: string }[];
}

/** Every script file below `folders`, skipping node_modules and version-control folders. */
export async function findScriptFiles(
  folders: readonly string[],
  limit = MAX_WORKSPACE_FILES,
  cancelled: () => boolean = () => false,
): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], overLimit: [], unreadable: [] };
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    if (cancelled()) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      found.unreadable.push({ path: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(path);
      } else if (entry.isFile() && isScriptFile(entry.name) && !seen.has(path)) {
        seen.add(path);
        (found.files.length < limit ? found.files : found.overLimit).push(path);
      }
    }
  }
  for (const folder of folders) await walk(folder);
  return found;
}
