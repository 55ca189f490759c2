/** `--list-waivers` only lists: exit 0, and `--format json` gives JSON. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliRun';

const WAIVED = `script: x
greeting: 您好，工号{agent_id}为您服务
steps:
  # huashu-disable-next-line forbidden-phrase -- 客户原话引用
  - agent: 你们真烦人
  - agent: 你们真烦人
closing: 感谢您的来电，再见！
`;

describe('--list-waivers', () => {
  it('exits 0 even when the files have errors', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.script.yaml'), WAIVED);
    const r = await cli(['check', dir, '--list-waivers']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 waiver\n');
  });

  it('honours --format json', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.script.yaml');
    writeFileSync(file, WAIVED);
    const r = await cli(['check', dir, '--list-waivers', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file,
        line: 4,
        kind: 'disable-next-line',
        rules: ['forbidden-phrase'],
        reason: '客户原话引用',
        silences: [{ line: 5, code: 'forbidden-phrase' }],
      },
    ]);
  });
});
