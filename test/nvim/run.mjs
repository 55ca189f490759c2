#!/usr/bin/env node
// `npm run test:nvim`: Neovim (0.7+) as an independent LSP client of the built server.
// Runs test/nvim/check.lua headless against `node dist/server.js --stdio` in a temp copy of
// samples/, then checks its JSON: the sample's diagnostic codes, and phrasebook completions
// in a greeting. Exits 1 on failure. Without nvim it skips, except with CI=true, where it fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIAGNOSED = 'all-rules.script.yaml';
const GREETING = 'hotline.script.yaml';
const failures = [];
const fail = (message) => failures.push(message);

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  if (process.env.CI === 'true') {
    console.error('test:nvim: FAIL: nvim is not installed (apt-get install -y neovim); CI=true, so this is a failure');
    process.exit(1);
  }
  console.log('test:nvim: skipped: nvim is not installed (apt-get install -y neovim)');
  process.exit(0);
}
console.log(`test:nvim: ${version.stdout.split('\n')[0]}`);

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(`test:nvim: FAIL: build failed\n${build.stderr}`);
  process.exit(1);
}

/** The rule codes the pinned sample fixture expects for `file`. */
function expectedCodes(file) {
  const lines = readFileSync(join(root, 'server', 'test', 'fixtures', 'samples.expected.txt'), 'utf8').split('\n');
  return lines
    .filter((l) => l.startsWith(`${file}:`))
    .map((l) => l.split(' ')[1])
    .sort();
}

/** Approved phrase texts of the built-in phrasebook. */
function approvedPhrases() {
  const book = parse(readFileSync(join(root, 'server', 'data', 'phrasebook', 'approved.yaml'), 'utf8'));
  return book.phrases.map((p) => p.text);
}

/** Snippet markup removed: `${1:brand}` → `{brand}`, `$0` → ''. */
const plain = (text) =>
  String(text ?? '')
    .replace(/\$\{\d+:([^}]*)\}/g, '{$1}')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');

const workspace = mkdtempSync(join(tmpdir(), 'huashu-nvim-'));
try {
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  const started = Date.now();
  const run = spawnSync(
    'nvim',
    ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'test', 'nvim', 'check.lua')}`],
    {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env,
        HUASHU_SERVER: join(root, 'dist', 'server.js'),
        HUASHU_WORKSPACE: workspace,
        HUASHU_DIAGNOSED: join(workspace, DIAGNOSED),
        HUASHU_GREETING: join(workspace, GREETING),
      },
    },
  );
  const line = (run.stdout ?? '')
    .split('\n')
    .reverse()
    .find((l) => l.trim().startsWith('{'));
  if (run.error) fail(`nvim did not finish: ${run.error.message}`);
  if (run.status !== 0) fail(`nvim exited with ${run.status}${run.stderr ? `: ${run.stderr.trim()}` : ''}`);
  if (!line) {
    fail(`no JSON on nvim's stdout: ${JSON.stringify(run.stdout)}`);
  } else {
    const out = JSON.parse(line);
    const list = (v) => (Array.isArray(v) ? v : []);
    if (out.error) fail(`check.lua: ${out.error}`);

    const codes = list(out.diagnostics)
      .map((d) => String(d.code))
      .sort();
    const expected = expectedCodes(DIAGNOSED);
    if (expected.length === 0) fail(`no expected codes for ${DIAGNOSED} in the fixture`);
    if (JSON.stringify(codes) !== JSON.stringify(expected)) {
      fail(`diagnostic codes of ${DIAGNOSED}:\n  got      ${codes.join(' ')}\n  expected ${expected.join(' ')}`);
    }

    const phrases = approvedPhrases();
    const items = list(out.completion);
    const texts = (item) => [item.label, item.insertText, item.newText].map(plain).filter((t) => t.length > 0);
    const fromBook = items.filter((item) =>
      texts(item).some((t) => phrases.some((p) => t.includes(p) || (t.length >= 4 && p.includes(t)))),
    );
    if (items.length === 0) fail('completion in the greeting returned no items');
    else if (fromBook.length === 0)
      fail(`no completion item is a phrasebook phrase: ${JSON.stringify(items.slice(0, 5))}`);
    else if (!fromBook.some((item) => texts(item).some((t) => t.includes('您好'))))
      fail('no greeting phrase (您好…) among the completion items');

    console.log(
      `test:nvim: ${codes.length} diagnostics (${[...new Set(codes)].join(', ')}), ` +
        `${items.length} completion items (${fromBook.length} from the phrasebook), ${Date.now() - started} ms`,
    );
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const f of failures) console.error(`test:nvim: FAIL: ${f}`);
  process.exit(1);
}
console.log('test:nvim: ok');
