// Every file that package.json names must be in the .vsix: .vscodeignore lets files in by
// name, so a contribution added later (a schema, a translation) is easy to leave out.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The package-relative paths of the files the manifest refers to. */
export function manifestFiles(manifest) {
  const c = manifest.contributes ?? {};
  const paths = [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...(c.languages ?? []).flatMap((l) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.snippets ?? []).map((s) => s.path),
    ...[...(c.jsonValidation ?? []), ...(c.yamlValidation ?? [])].map((v) => v.url),
  ];
  const files = paths
    .filter((p) => typeof p === 'string' && !/^[a-z]+:/i.test(p))
    .map((p) => posix.normalize(p.replace(/^\.\//, '')));
  if (manifest.l10n) files.push(posix.join(posix.normalize(manifest.l10n.replace(/^\.\//, '')), '*'));
  return [...new Set(files)];
}

/** What `vsce ls` would pack that the manifest needs and is missing. */
export function missingFromPackage(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const listed = execFileSync('npx', ['--no-install', 'vsce', 'ls', '--no-dependencies'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return manifestFiles(manifest).filter((file) =>
    file.endsWith('/*') ? !listed.some((l) => l.startsWith(file.slice(0, -1))) : !listed.includes(file),
  );
}
