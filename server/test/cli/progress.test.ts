/** A progress line on a terminal's stderr for more than 200 files; never in CI or when piped. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, script, tempDir } from './cliRun';

let many: string;
let few: string;
beforeAll(() => {
  many = tempDir('huashu-many-');
  for (let i = 0; i < 201; i++) writeFileSync(join(many, `s${i}.script.yaml`), script('好的'));
  few = tempDir('huashu-few-');
  for (let i = 0; i < 200; i++) writeFileSync(join(few, `s${i}.script.yaml`), script('好的'));
});

describe('the progress line', () => {
  it('counts up on a terminal and clears itself', async () => {
    const r = await cli(['check', many], { stderrIsTTY: true });
    expect(r.stderr).toContain('\r\u001b[KChecking 201/201 files…');
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(r.stdout).toBe('Checked 201 files: no problems found.\n');
  });

  it('is not shown when stderr is piped', async () => {
    expect((await cli(['check', many], { stderrIsTTY: false })).stderr).toBe('');
  });

  it('is not shown in CI', async () => {
    expect((await cli(['check', many], { stderrIsTTY: true, env: { LANG: 'en_US.UTF-8', CI: 'true' } })).stderr).toBe(
      '',
    );
  });

  it('is not shown for 200 files or fewer', async () => {
    expect((await cli(['check', few], { stderrIsTTY: true })).stderr).toBe('');
  });
});
