import { isAbsolute, relative, sep } from 'node:path';

/**
 * A file's path as CI reports name it: relative to the current folder (the repository root
 * in CI) when it lies inside it, with `/` separators and no leading `./`.
 */
export function reportPath(file: string, cwd = process.cwd()): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  const path = rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  return path
    .split(sep)
    .join('/')
    .replace(/^(\.\/)+/, '');
}
