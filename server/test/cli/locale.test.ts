/** The CLI speaks Chinese unless the environment or `--locale` asks for English. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envLocale } from '../../src/cli/args';
import { cli, script, tempDir } from './cliRun';

describe('the locale from the environment', () => {
  it.each([
    [{ LANG: 'C.UTF-8' }, 'zh'],
    [{ LANG: 'POSIX' }, 'zh'],
    [{}, 'zh'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'de_DE.UTF-8' }, 'zh'],
  ] as const)('%j gives %s', (env, locale) => {
    expect(envLocale(env)).toBe(locale);
  });

  it('is Chinese in a CI shell with LANG=C.UTF-8', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), script('你们真烦人'));
    const r = await cli(['check', dir], { env: { LANG: 'C.UTF-8', CI: 'true' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 个问题（1 个错误/);
  });

  it('is English with --locale en whatever the environment says', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), script('你们真烦人'));
    const r = await cli(['check', dir, '--locale', 'en'], { env: { LANG: 'C.UTF-8' } });
    expect(r.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });
});
