import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder of Huashu's package.json, found from this module's location. */
export function packageRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"huashu"/.test(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) return __dirname;
  }
}

/** The rule documentation shipped with the package, as a file URL. */
export function rulesDocUrl(): string {
  return pathToFileURL(join(packageRoot(), 'docs', 'rules.md')).href;
}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
