/** Output to a closed pipe (`huashu check … | head -1`): no stack trace, and the run's own exit code. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../e2e/lspClient';
import { BIN, ROOT } from './cliRun';

/** Runs the bin with its stdout read by nobody: the pipe's reading end is closed at once. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

beforeAll(() => buildIfStale());

describe('a closed stdout', () => {
  it('a clean run exits 0 quietly', async () => {
    const r = await runIntoClosedPipe(['check', join(ROOT, 'samples', 'hotline.script.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a run with errors exits 1 quietly, in every format', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const r = await runIntoClosedPipe(['check', join(ROOT, 'samples'), '--format', format]);
      expect(r.stderr, format).toBe('');
      expect(r.code, format).toBe(1);
    }
  });
});
