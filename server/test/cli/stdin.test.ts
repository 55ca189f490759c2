/** `--stdin` checks the text on standard input, named by `--stdin-filename`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, script, tempDir } from './cliRun';

describe('--stdin', () => {
  it('checks standard input and reports it under --stdin-filename', async () => {
    const r = await cli(['check', '--stdin', '--stdin-filename', 'calls/a.script.yaml', '--format', 'json'], {
      stdin: script('你们真烦人'),
    });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<{ code: string; range: unknown }> }>;
    expect(files.map((f) => [f.file, f.diagnostics.map((d) => d.code)])).toEqual([
      ['calls/a.script.yaml', ['forbidden-phrase']],
    ]);
    expect(files[0]!.diagnostics[0]!.range).toEqual({
      start: { line: 3, character: 13 },
      end: { line: 3, character: 16 },
    });
  });

  it('names the input <stdin> without --stdin-filename', async () => {
    const r = await cli(['check', '--stdin'], { stdin: script('你们真烦人') });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('<stdin>');
  });

  it('uses the configuration that applies at --stdin-filename', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'calls'));
    writeFileSync(join(dir, '.huashu.yaml'), 'rules:\n  forbidden-phrase: off\n');
    const r = await cli(['check', '--stdin', '--stdin-filename', join(dir, 'calls', 'a.script.yaml')], {
      stdin: script('你们真烦人'),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('does not take paths as well', async () => {
    const r = await cli(['check', '--stdin', 'x.script.yaml'], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stdin');
  });

  it('--stdin-filename without --stdin is a usage error', async () => {
    const r = await cli(['check', '--stdin-filename', 'a.script.yaml']);
    expect(r.code).toBe(2);
  });
});
