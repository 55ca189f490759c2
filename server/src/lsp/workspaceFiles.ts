import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SKIPPED_DIRS, walkScripts, type UnreadableFolder } from '../files/walkScripts';
import { isScriptFile } from '../service';

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
  return !path
    .slice(folder.length)
    .split(sep)
    .some((part) => SKIPPED_DIRS.has(part));
}

export interface FoundFiles {
  /** Script files, in folder order then path order, at most `limit`. */
  files: string[];
  /** Script files beyond the limit. */
  overLimit: string[];
  /** Folders that could not be read, with the reason. */
  unreadable: UnreadableFolder[];
  /** Script files whose path is not UTF-8 (shown with `\xNN`): not checked, each logged once. */
  badNames: string[];
}

/** Every script file below `folders`, skipping node_modules and version-control folders. */
export async function findScriptFiles(
  folders: readonly string[],
  limit = MAX_WORKSPACE_FILES,
  cancelled: () => boolean = () => false,
): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], overLimit: [], unreadable: [], badNames: [] };
  const seen = new Set<string>();
  for (const folder of folders) {
    const walked = await walkScripts(folder, cancelled);
    found.unreadable.push(...walked.unreadable);
    for (const path of walked.files) {
      if (seen.has(path)) continue;
      seen.add(path);
      (found.files.length < limit ? found.files : found.overLimit).push(path);
    }
    for (const name of walked.badNames) if (!found.badNames.includes(name)) found.badNames.push(name);
  }
  return found;
}
