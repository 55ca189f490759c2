import { dirname, resolve } from 'node:path';
import { findConfig } from '../files/configStore';

/**
 * `findConfig` looked up once per folder: the scripts of a folder share their configuration,
 * and a run checks them all against the configurations as they were when it looked.
 */
export function findConfigOncePerFolder(): typeof findConfig {
  const byFolder = new Map<string, string | undefined>();
  return (scriptPath, root) => {
    const folder = dirname(resolve(scriptPath));
    if (byFolder.has(folder)) return byFolder.get(folder);
    const found = findConfig(scriptPath, root);
    byFolder.set(folder, found);
    return found;
  };
}
