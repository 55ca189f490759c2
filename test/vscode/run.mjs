// End-to-end test in real VS Code: the packaged extension in code-server, driven in headless
// Chromium. `npm run test:e2e`; the first run installs what it needs into e2e-work/.
// Screenshots go to e2e-work/screenshots/ (docs/images/ with HUASHU_SCREENSHOTS=docs). Exits 1 on any failed check, with the step that failed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as checks from './checks.mjs';
import { flowPreview } from './flowPreview.mjs';
import { createProfile, freePort, installExtension, killStarted, logTails, startCodeServer } from './codeServer.mjs';
import { codeServerEntry, ensureCodeServer, ensureNode, ensureSystemPackages } from './install.mjs';
import { check, CheckFailed, elapsed, info, step } from './log.mjs';
import { missingFromPackage } from './packageContents.mjs';
import { openBrowser, openWorkbench } from './workbench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = join(ROOT, 'e2e-work');
// The README's screenshots are refreshed only on request (HUASHU_SCREENSHOTS=docs); otherwise
// they go to the work folder, so a run leaves the tracked images alone.
const SCREENSHOTS =
  process.env.HUASHU_SCREENSHOTS === 'docs' ? join(ROOT, 'docs', 'images') : join(ROOT, 'e2e-work', 'screenshots');
const TEST_TIMEOUT_MS = 4 * 60_000;
const PACKAGE_TIMEOUT_MS = 2 * 60_000;

let codeServer;
let browser;
let workspace;
let profile;
let page;

async function cleanUp() {
  await browser?.context.close().catch(() => {});
  browser = undefined;
  await codeServer?.stop();
  codeServer = undefined;
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
}

function deadline(ms, what) {
  setTimeout(() => fail(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
}

let failing = false;

async function fail(error) {
  if (failing) return;
  failing = true;
  if (error)
    console.log(error instanceof CheckFailed ? `check failed: ${error.message}` : (error.stack ?? String(error)));
  if (page) {
    const shot = join(WORK, 'failure.png');
    await page.screenshot({ path: shot }).then(
      () => console.log(`screenshot of the failure: ${shot}`),
      () => {},
    );
  }
  if (profile) console.log(logTails(profile));
  await cleanUp();
  console.log(`FAILED after ${elapsed()}`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => fail(new Error(`stopped by ${signal}`)));
process.on('exit', killStarted);

async function main() {
  mkdirSync(WORK, { recursive: true });
  // Each install command has its own time limit (install.mjs); the test has one as a whole.
  const { nodeHome, entry } = await step('install Chromium, Node 24 and code-server (cached in e2e-work/)', () => {
    ensureSystemPackages({ needBuildTools: !codeServerEntry(WORK) });
    const nodeHome = ensureNode(WORK);
    return { nodeHome, entry: ensureCodeServer(WORK, nodeHome) };
  });
  deadline(TEST_TIMEOUT_MS, 'the test');

  const vsix = join(ROOT, 'huashu.vsix');
  await step('npm run package', () => {
    const started = Date.now();
    execFileSync('npm', ['run', '--silent', 'package'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: PACKAGE_TIMEOUT_MS,
    });
    if (!existsSync(vsix) || statSync(vsix).mtimeMs < started - 1000) throw new Error(`${vsix} was not written`);
    const missing = missingFromPackage(ROOT);
    check(missing.length === 0, `files that package.json names are not in the .vsix: ${missing.join(', ')}`);
  });

  await step('workspace: a temporary copy of samples/', () => {
    workspace = mkdtempSync(join(tmpdir(), 'huashu-e2e-'));
    cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
    writeFileSync(join(workspace, checks.COMPLETION_SCRIPT.name), checks.COMPLETION_SCRIPT.text);
    info(workspace);
  });

  profile = createProfile(join(WORK, 'run'));
  await step('install huashu.vsix into code-server', () => installExtension({ nodeHome, entry, dirs: profile, vsix }));
  const port = await freePort();
  codeServer = await step(`start code-server on 127.0.0.1:${port}`, () =>
    startCodeServer({ nodeHome, entry, dirs: profile, port }),
  );
  browser = await step('open the workbench in headless Chromium', async () => {
    const opened = await openBrowser(profile.browser);
    page = opened.page;
    page.setDefaultTimeout(30_000);
    await openWorkbench(page, codeServer.url, workspace);
    return opened;
  });

  mkdirSync(SCREENSHOTS, { recursive: true });
  const screenshot = async (name) => {
    await page.screenshot({ path: join(SCREENSHOTS, name) });
    info(`screenshot ${join(SCREENSHOTS, name)}`);
  };
  await step('findings: all-rules.script.yaml shows error squiggles', () => checks.diagnostics(page));
  await step('highlighting: placeholders and notes stand out', () => checks.highlighting(page));
  await step('hover on a forbidden phrase', () => checks.hover(page, screenshot));
  await step('Problems panel lists Huashu codes', () => checks.problems(page, screenshot));
  await step('quick fix replaces a forbidden phrase', () => checks.quickFix(page, screenshot, workspace));
  await step('completion after "greeting: " offers phrases, resolves the focused one and inserts it', () =>
    checks.completion(page, screenshot, workspace),
  );
  await step('call-flow preview: open, click a node, edit', () => flowPreview(page, screenshot, workspace));

  await step('stop code-server', cleanUp);
  console.log(`PASSED in ${elapsed()}`);
  process.exit(0);
}

main().catch(fail);
