import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';

export const ROOT = join(__dirname, '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'huashu.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, in English, without a terminal. */
export async function cli(
  args: string[],
  options: { isTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string | undefined>; stdin?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    isTTY: options.isTTY ?? false,
    readStdin: async () => options.stdin ?? '',
    stderrIsTTY: options.stderrIsTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** Runs the built bin as a user would, in English, from `cwd`. */
export function bin(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  if (r.signal) throw new Error(`the CLI was killed by ${r.signal}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix = 'huashu-cli-') => mkdtempSync(join(tmpdir(), prefix));

/** A script with a greeting, a closing and one agent line. */
export const script = (agent: string) =>
  `script: x\ngreeting: 您好，工号{agent_id}为您服务\nsteps:\n  - agent: ${agent}\nclosing: 感谢您的来电，再见！\n`;
