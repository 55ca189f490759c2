/** `--jobs N`: worker threads check the files; the report and exit code are those of one thread. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateScript } from '../../../bench/generate';
import { buildIfStale } from '../e2e/lspClient';
import { readdirSync } from 'node:fs';
import { checkFiles } from '../../src/cli/parallel';
import { ConfigStore } from '../../src/files/configStore';
import { bin, cli, ROOT, script, tempDir } from './cliRun';

const SAMPLES = join(ROOT, 'samples');

/** A folder of generated scripts, with a team configuration in one subfolder and two files that cannot be checked. */
function generatedFolder(): string {
  const dir = tempDir('huashu-jobs-');
  for (let i = 0; i < 60; i++) {
    const sub = join(dir, i % 3 === 0 ? 'team' : 'plain');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `s${String(i).padStart(3, '0')}.script.yaml`), generateScript(40 + (i % 7) * 20, 4000 + i));
  }
  writeFileSync(
    join(dir, 'team', '.huashu.yaml'),
    'rules:\n  polite-pronoun: error\nforbidden:\n  add:\n    - phrase: 快点办\n      category: sarcasm\n      suggest: [apology-sorry]\n  remove: [急什么]\n',
  );
  writeFileSync(join(dir, 'team', 'rush.script.yaml'), script('您快点办吧'));
  writeFileSync(join(dir, 'plain', 'binary.script.yaml'), Buffer.from([0, 1, 2, 0xff, 0xfe]));
  writeFileSync(join(dir, 'plain', 'latin1.script.yaml'), Buffer.from('script: caf\xe9\n', 'latin1'));
  cpSync(SAMPLES, join(dir, 'samples'), { recursive: true });
  return dir;
}

beforeAll(() => buildIfStale());

describe('--jobs', () => {
  let folder: string;
  beforeAll(() => {
    folder = generatedFolder();
  });

  it('gives the report, messages and exit code of one thread (JSON, stylish)', () => {
    for (const [format, jobs] of [
      ['json', '2'],
      ['stylish', '3'],
    ] as const) {
      const one = bin(['check', '.', '--format', format, '--jobs', '1'], folder);
      expect(one.code, format).toBe(2);
      expect(one.stderr).toContain('binary.script.yaml');
      expect(one.stdout.length).toBeGreaterThan(5_000);
      expect(bin(['check', '.', '--format', format, '--jobs', jobs], folder), `${format} --jobs ${jobs}`).toEqual(one);
    }
  });

  it('reports the team configuration and its findings as one thread does', () => {
    const one = bin(['check', '.', '--format', 'json', '-j', '1', '--rule', 'price-quote=off'], folder);
    const files = JSON.parse(one.stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>;
    const rush = files.find((f) => f.file === join('team', 'rush.script.yaml'));
    expect(rush?.diagnostics.map((d) => d.code)).toContain('forbidden-phrase');
    expect(bin(['check', '.', '--format', 'json', '-j', '2', '--rule', 'price-quote=off'], folder)).toEqual(one);
  });

  it('gives the same report on the samples with the default and with one thread', () => {
    const one = bin(['check', SAMPLES, '--jobs=1']);
    expect(one.code).toBe(1);
    expect(bin(['check', SAMPLES])).toEqual(one);
    expect(bin(['check', SAMPLES, '--jobs', '4'])).toEqual(one);
  });

  it('checks in process when there is no worker script (as the service is used from source)', async () => {
    const one = await cli(['check', SAMPLES, '--format', 'json', '--jobs', '1']);
    expect(await cli(['check', SAMPLES, '--format', 'json', '--jobs', '2'])).toEqual(one);
  });

  it('checks here the files of a worker that cannot start', async () => {
    const files = readdirSync(SAMPLES).map((f) => join(SAMPLES, f));
    const options = { settings: { locale: 'en' as const, rules: Object.create(null) }, rules: new Map() };
    const here = await checkFiles(files, 1, undefined, new ConfigStore('docs', ROOT), options, () => undefined);
    let progress = 0;
    const broken = await checkFiles(
      files,
      3,
      join(ROOT, 'no-such-worker.js'),
      new ConfigStore('docs', ROOT),
      options,
      () => {
        progress++;
      },
    );
    expect(broken).toEqual(here);
    expect(progress).toBe(files.length);
  });

  it('refuses a count that is not a whole number from 1 to 256, saying what it takes', async () => {
    for (const value of ['0', '-1', 'x', '1.5', '257', '']) {
      const r = await cli(['check', SAMPLES, `--jobs=${value}`]);
      expect(r.code, value).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `huashu: Invalid --jobs "${value}": expected a whole number from 1 to 256 (1 checks in this process only; the default is the number of CPU cores)\n`,
      );
    }
    const missing = await cli(['check', SAMPLES, '--jobs']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--jobs');
  });
});
