// `prepare`: builds dist/ after `npm install` in a clone, and when npm installs Huashu from a
// git URL (npm installs the clone's devDependencies, then runs this). A global install from
// git (`npm install -g git+…`, as pre-commit installs a node hook) leaks `global=true` into
// that nested install, so the devDependencies land in the global prefix and esbuild is not
// found here: they are then installed locally first.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const resolvable = (name) => {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
};

if (!resolvable('esbuild') && process.env.npm_config_global === 'true') {
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const env = { ...process.env, npm_config_global: 'false', npm_config_prefix: '' };
  delete env.npm_config_prefix;
  const r = spawnSync(
    npm[0],
    [
      ...npm.slice(1),
      'install',
      '--no-save',
      '--include=dev',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { stdio: 'inherit', env },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('./build.mjs');
