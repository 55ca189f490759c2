/**
 * The CLI on odd paths and hostile files: each problem is one clear line on stderr and exit 2,
 * and every other file is still checked and reported. (cli.test.ts covers a missing file, a
 * glob without matches, a folder without scripts and a binary file.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli/run';
import { createScriptService, settingsFrom, SEVERITY_NAME } from '../src/service';
import { buildIfStale } from './e2e/lspClient';

/** A folder named `locked` cannot be listed, as an unreadable folder for a user who is not root. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = ((path: fs.PathLike, options?: unknown) => {
    if (String(path).endsWith(`${sep}locked`)) {
      return Promise.reject(
        Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' }),
      );
    }
    return (real.readdir as (p: fs.PathLike, o?: unknown) => unknown)(path, options);
  }) as typeof real.readdir;
  return { ...real, readdir, default: { ...real, readdir } };
});

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
const SAMPLE_NAMES = readdirSync(SAMPLES)
  .filter((n) => n.endsWith('.script.yaml'))
  .sort();
const service = createScriptService();
const en = settingsFrom({ locale: 'en' });

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { LANG: 'en_US.UTF-8' },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

type JsonResult = { file: string; diagnostics: { code: string; severity: string; message: string; range: unknown }[] };
const asJson = (text: string) =>
  service
    .validate(text, en)
    .map((d) => ({ code: d.code, severity: SEVERITY_NAME[d.severity ?? 1], message: d.message, range: d.range }));
const lines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l !== '')
    .sort();

/** Whether the service throws on a text (a bug reported separately); the CLI must then say so on one line. */
function serviceThrows(text: string): string | undefined {
  try {
    service.validate(text, en);
    return undefined;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

const HOSTILE_TEXTS: Record<string, string> = {
  'alias-bomb.script.yaml': `a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${'bcdefghi'
    .split('')
    .map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)
    .join('\n')}\nscript: x\ngreeting: *i\n`,
  'deep-flow.script.yaml': `script: x\ngreeting: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
  'deep-block.script.yaml': `script: x\nsteps:\n  ${'- '.repeat(10_000)}agent: 真烦人\n`,
  'tags.script.yaml': 'script: !!js/function "function(){}"\ngreeting: !!binary aGVsbG8=\n',
};

let dir: string;
let good: string;
let hostile: string;

beforeAll(() => {
  buildIfStale();
  dir = mkdtempSync(join(tmpdir(), 'huashu-robust-'));
  good = join(dir, 'good');
  cpSync(SAMPLES, good, { recursive: true });
  // The good samples, and among them every kind of hostile file.
  hostile = join(dir, 'mixed');
  cpSync(SAMPLES, hostile, { recursive: true });
  for (const [name, text] of Object.entries(HOSTILE_TEXTS)) writeFileSync(join(hostile, name), text);
  writeFileSync(join(hostile, 'binary.script.yaml'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(
    join(hostile, 'gbk.script.yaml'),
    Buffer.from([0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3a, 0x20, 0xd5, 0xe6, 0xb7, 0xb3, 0xc8, 0xcb, 0x0a]),
  );
  writeFileSync(join(hostile, 'huge.script.yaml'), Buffer.alloc(11 * 1024 * 1024, 'greeting: 真烦人\n'));
  mkdirSync(join(hostile, 'loop'));
  symlinkSync('..', join(hostile, 'loop', 'parent'));
  symlinkSync('self.script.yaml', join(hostile, 'self.script.yaml'));
  symlinkSync('nowhere.script.yaml', join(hostile, 'dangling.script.yaml'));
  execFileSync('mkfifo', [join(hostile, 'fifo.script.yaml')]);
  mkdirSync(join(hostile, 'folder.script.yaml'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every sample is in the report, with exactly its diagnostics. */
function expectSamplesReported(results: JsonResult[], folder: string): void {
  const byFile = new Map(results.map((r) => [r.file, r.diagnostics]));
  for (const name of SAMPLE_NAMES) {
    expect(byFile.get(join(folder, name)), name).toEqual(asJson(readFileSync(join(SAMPLES, name), 'utf8')));
  }
}

describe('odd paths given explicitly', () => {
  it('a folder named x.script.yaml, a path through a file, a dangling symlink: one line each, exit 2, the rest reported', async () => {
    const named = join(dir, 'x.script.yaml');
    mkdirSync(named);
    const file = join(dir, 'file.txt');
    writeFileSync(file, 'not a folder\n');
    const dangling = join(hostile, 'dangling.script.yaml');
    const bad = join(good, 'all-rules.script.yaml');
    const clean = join(good, 'hotline.script.yaml');
    const r = await run(['check', named, join(file, 'x.script.yaml'), dangling, bad, clean, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(
      [
        `huashu: Cannot read "${dangling}": no such file or directory`,
        `huashu: Cannot read "${join(file, 'x.script.yaml')}": no such file or directory`,
        `huashu: No script files (*.script.yaml, *.script.yml) below "${named}"`,
      ].sort(),
    );
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => x.file)).toEqual([bad, clean]);
    expect(results[0]!.diagnostics).toEqual(asJson(readFileSync(bad, 'utf8')));
    expect(results[1]!.diagnostics).toEqual([]);
  });

  it('a folder below the given one that cannot be listed: one line, exit 2, the rest reported', async () => {
    const top = join(dir, 'with-locked');
    cpSync(SAMPLES, top, { recursive: true });
    mkdirSync(join(top, 'locked'));
    writeFileSync(join(top, 'locked', 'hidden.script.yaml'), 'script: x\n');
    const r = await run(['check', top, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huashu: Cannot read "${join(top, 'locked')}": EACCES\n`);
    expectSamplesReported(JSON.parse(r.stdout) as JsonResult[], top);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a folder without read permission (for a user who is not root): one line, the rest reported',
    async () => {
      const top = join(dir, 'with-private');
      cpSync(SAMPLES, top, { recursive: true });
      mkdirSync(join(top, 'private'));
      chmodSync(join(top, 'private'), 0o000);
      try {
        const r = await run(['check', top, '--format', 'json']);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`huashu: Cannot read "${join(top, 'private')}": EACCES\n`);
        expectSamplesReported(JSON.parse(r.stdout) as JsonResult[], top);
      } finally {
        chmodSync(join(top, 'private'), 0o755);
      }
    },
  );
});

describe('a folder with hostile files among good ones', () => {
  /** What stderr must hold for the mixed folder: the refused files, and the texts the service throws on. */
  const expectedLines = () => {
    const out = [
      `huashu: Skipped "${join(hostile, 'binary.script.yaml')}": it is a binary file, not text`,
      `huashu: Skipped "${join(hostile, 'gbk.script.yaml')}": it is not UTF-8 text (e.g. GBK): save it as UTF-8`,
      `huashu: Skipped "${join(hostile, 'huge.script.yaml')}": 11.0 MB is over the 10 MB limit`,
    ];
    for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
      const error = serviceThrows(text);
      if (error)
        out.push(`huashu: Could not check "${join(hostile, name)}" (internal error: ${error}): please report it`);
    }
    return out.sort();
  };

  /** Hostile texts the service checks are reported with findings; symlinks, the FIFO and the folder are not files to check. */
  function expectHostileReported(results: JsonResult[]): void {
    const checked = Object.entries(HOSTILE_TEXTS)
      .filter(([, text]) => !serviceThrows(text))
      .map(([name]) => join(hostile, name));
    const files = results.map((x) => x.file);
    expect(files.filter((f) => !SAMPLE_NAMES.some((n) => f === join(hostile, n))).sort()).toEqual(checked.sort());
    for (const result of results.filter((x) => checked.includes(x.file)))
      expect(result.diagnostics.length, result.file).toBeGreaterThan(0);
  }

  it('in-process: one line per refused file, exit 2, every good file reported exactly', async () => {
    const r = await run(['check', hostile, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(expectedLines());
    const results = JSON.parse(r.stdout) as JsonResult[];
    expectSamplesReported(results, hostile);
    expectHostileReported(results);
  });

  it('the built bin, also given a FIFO and /dev/zero: never blocks, one line each, the rest reported', () => {
    const fifo = join(hostile, 'fifo.script.yaml');
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'huashu.js'), 'check', hostile, fifo, '/dev/zero', '--format', 'json'],
      {
        encoding: 'utf8',
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      },
    );
    expect(r.signal, 'killed by the timeout: the CLI hung').toBeNull();
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(
      [
        ...expectedLines(),
        `huashu: Skipped "${fifo}": it is not a regular file`,
        'huashu: Skipped "/dev/zero": it is not a regular file',
      ].sort(),
    );
    const results = JSON.parse(r.stdout) as JsonResult[];
    expectSamplesReported(results, hostile);
    expectHostileReported(results);
    console.log(
      `robustness-cli figures: the bin over the mixed folder (${readdirSync(hostile).length} entries) in ${Date.now() - started} ms`,
    );
  });

  it('a FIFO as .huashu.yaml is a config finding, not a hang; the scripts are checked with the built-in phrasebook', () => {
    const team = join(dir, 'fifo-config');
    cpSync(SAMPLES, team, { recursive: true });
    execFileSync('mkfifo', [join(team, '.huashu.yaml')]);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'huashu.js'), 'check', team, '--format', 'json'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(r.signal, 'killed by the timeout: the CLI hung').toBeNull();
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results[0]).toMatchObject({
      file: expect.stringMatching(/\.huashu\.yaml$/),
      diagnostics: [{ code: 'config', message: 'Cannot read the configuration file' }],
    });
    expectSamplesReported(results.slice(1), team);
  });
});
