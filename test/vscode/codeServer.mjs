// code-server for one test run: a fresh profile under e2e-work/run/, the packaged extension
// installed into it, the server in its own process group so that it can be stopped whole.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { info } from './log.mjs';

/** Settings that keep the workbench quiet and the screenshots about Huashu. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.fontSize': 15,
  'editor.hover.delay': 300,
  'editor.cursorBlinking': 'solid',
  // As for a writer whose scripts are Chinese: full-width punctuation is not "ambiguous".
  'editor.unicodeHighlight.allowedLocales': { 'zh-hans': true, 'zh-hant': true },
};

export function createProfile(runDir) {
  rmSync(runDir, { recursive: true, force: true });
  const dirs = {
    userData: join(runDir, 'user-data'),
    extensions: join(runDir, 'extensions'),
    xdgConfig: join(runDir, 'xdg-config'),
    xdgData: join(runDir, 'xdg-data'),
    xdgCache: join(runDir, 'xdg-cache'),
    browser: join(runDir, 'chromium'),
    config: join(runDir, 'config.yaml'),
    log: join(runDir, 'code-server.log'),
  };
  for (const key of ['userData', 'extensions', 'xdgConfig', 'xdgData', 'xdgCache', 'browser']) {
    mkdirSync(dirs[key], { recursive: true });
  }
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

function environment(nodeHome, dirs) {
  return {
    ...process.env,
    PATH: `${join(nodeHome, 'bin')}:${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
  };
}

function commonArgs(dirs) {
  return ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

export function installExtension({ nodeHome, entry, dirs, vsix }) {
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  const out = execFileSync(join(nodeHome, 'bin', 'node'), [entry, ...commonArgs(dirs), '--install-extension', vsix], {
    env: environment(nodeHome, dirs),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  info(out.trim().split('\n').at(-1));
  const installed = readdirSync(dirs.extensions).filter((name) => name.startsWith('huashu.huashu-'));
  if (installed.length !== 1) throw new Error(`the extension is not in ${dirs.extensions}: ${out}`);
  return installed[0];
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Process groups started here and not yet stopped, for `killStarted()`. */
const started = new Set();

/** Ends every code-server started here, at once: for a process that is exiting. */
export function killStarted() {
  for (const pgid of started) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
  started.clear();
}

/** Starts code-server in a new process group; `stop()` ends the whole group. */
export async function startCodeServer({ nodeHome, entry, dirs, port }) {
  const logFd = openSync(dirs.log, 'a');
  const child = spawn(
    join(nodeHome, 'bin', 'node'),
    [
      entry,
      ...commonArgs(dirs),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env: environment(nodeHome, dirs), detached: true, stdio: ['ignore', logFd, logFd] },
  );
  started.add(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const server = {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    exited,
    async stop() {
      for (const signal of ['SIGTERM', 'SIGKILL']) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          break; // the group is gone
        }
        const done = await Promise.race([exited.then(() => true), delay(3000).then(() => false)]);
        if (done && !groupAlive(child.pid)) break;
      }
      started.delete(child.pid);
    },
  };
  await waitForHealth(server, 30_000);
  return server;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exitCode;
  server.exited.then((code) => (exitCode = code ?? 'signal'));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`code-server exited (${exitCode}) before it was ready`);
    try {
      const response = await fetch(`${server.url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Error(`code-server was not healthy within ${timeoutMs / 1000} s`);
}

/** The ends of code-server's log and of the extension's logs, to explain a failure. */
export function logTails(dirs, lines = 30) {
  const files = [dirs.log, ...findFiles(join(dirs.userData, 'logs'), (name) => /huashu|exthost\.log$/i.test(name))];
  return files
    .map((file) => {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return `--- ${file}: missing`;
      }
      return `--- ${file}\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`;
    })
    .join('\n');
}

function findFiles(dir, wanted) {
  let found = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(findFiles(path, wanted));
    else if (wanted(name)) found.push(path);
  }
  return found;
}
