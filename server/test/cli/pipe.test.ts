/** Output to a closed pipe (`huashu check … | head -1`): no stack trace, and the run's own exit code. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../e2e/lspClient';
import { BIN, ROOT, tempDir } from './cliRun';
import { generateScript } from '../../../bench/generate';

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

/** Runs the bin with its stdout read only after `delayMs`, so that the pipe fills first. */
function runIntoSlowReader(args: string[], delayMs: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), delayMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('a slow reader', () => {
  it('gets the whole report, over twice the pipe buffer, before the run ends', async () => {
    const dir = tempDir();
    const file = join(dir, 'long.script.yaml');
    writeFileSync(file, generateScript(12000, 7, 0.5));
    const r = await runIntoSlowReader(['check', file, '--format', 'json'], 300);
    expect(r.stdout.length).toBeGreaterThan(2 * 64 * 1024);
    const report = JSON.parse(r.stdout) as Array<{ diagnostics: unknown[] }>;
    expect(report[0]!.diagnostics.length).toBeGreaterThan(100);
    expect(r.code).toBe(1);
  });
});

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
