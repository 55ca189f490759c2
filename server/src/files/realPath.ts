import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The absolute path with every symbolic link resolved, so that "inside the workspace" is
 * decided on where the bytes really are. When the path itself cannot be resolved (missing,
 * a dangling link, a link loop), its folder is resolved and the name kept: reading it then
 * fails with its own reason.
 */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
