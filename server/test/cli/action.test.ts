/**
 * The composite action (action.yml) run locally, the way the runner does: each step in order
 * with a fake GITHUB_* environment (a GITHUB_OUTPUT file per step), its `if:` evaluated, its
 * `run:` in bash with `-eo pipefail`, `uses:` steps recorded with their inputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { buildIfStale } from '../e2e/lspClient';
import { ROOT, script, tempDir } from './cliRun';

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

interface Run {
  outputs: Record<string, string>;
  failed: boolean;
  log: string;
  ran: string[];
  uploads: Array<Record<string, string>>;
}

/** Runs the action's steps in `workspace` with `given` inputs. */
function runAction(workspace: string, given: Record<string, string>): Run {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const steps: Record<string, Record<string, string>> = {};
  const context = (expr: string) =>
    expr
      .replace(/\binputs\.([\w-]+)/g, (_, k: string) => JSON.stringify(inputs[k] ?? ''))
      .replace(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g, (_, s: string, k: string) =>
        JSON.stringify(steps[s]?.[k] ?? ''),
      )
      .replace(/\bgithub\.action_path\b/g, JSON.stringify(ROOT))
      .replace(/\balways\(\)/g, 'true')
      .replace(/==/g, '===')
      .replace(/!===/g, '!==');
  const evaluate = (expr: string): unknown => Function(`"use strict"; return (${context(expr)});`)() as unknown;
  const expand = (s: string) => s.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e)));
  let failed = false;
  let log = '';
  const ran: string[] = [];
  const uploads: Array<Record<string, string>> = [];
  for (const [i, step] of action.runs.steps.entries()) {
    const condition = step.if ? step.if.replace(/^\$\{\{|\}\}$/g, '') : 'success()';
    const runs = failed
      ? /always\(\)/.test(condition) && Boolean(evaluate(condition))
      : Boolean(evaluate(condition.replace(/success\(\)/g, 'true')));
    if (!runs) continue;
    ran.push(step.name);
    if (step.uses) {
      uploads.push(Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v)])));
      continue;
    }
    expect(step.shell).toBe('bash');
    const output = join(workspace, '..', `github-output-${i}`);
    writeFileSync(output, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: step['working-directory'] ? expand(step['working-directory']) : workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: output,
        LANG: 'C.UTF-8',
        ...env,
      },
    });
    log += r.stdout + r.stderr;
    steps[step.id ?? `step${i}`] = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    if (r.status !== 0) failed = true;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, expand(v.value)]));
  return { outputs, failed, log, ran, uploads };
}

const workspace = (files: Record<string, string>) => {
  const dir = join(tempDir('huashu-action-'), 'repo');
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'scripts', name), text);
  return dir;
};

beforeAll(() => buildIfStale());

describe('action.yml', () => {
  it('is a composite action whose every input has a description', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'exit-code', 'sarif-file', 'warnings']);
  });

  it('checks, writes SARIF, uploads it, annotates, and fails the job on errors', () => {
    const ws = workspace({ 'rude.script.yaml': script('你们真烦人'), 'clean.script.yaml': script('好的') });
    const r = runAction(ws, { paths: 'scripts' });
    expect(r.outputs).toEqual({ 'sarif-file': 'huashu.sarif', 'exit-code': '1', errors: '1', warnings: '0' });
    const sarif = JSON.parse(readFileSync(join(ws, 'huashu.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toEqual(['forbidden-phrase']);
    expect(r.uploads).toEqual([{ sarif_file: 'huashu.sarif', category: 'huashu' }]);
    expect(r.log).toMatch(/^::error file=scripts\/rude\.script\.yaml,line=4,/m);
    expect(r.ran).toContain('Fail on errors');
    expect(r.failed).toBe(true);
  });

  it('passes on clean scripts, and hands a glob to huashu rather than the shell', () => {
    const ws = workspace({ 'clean.script.yaml': script('好的') });
    const r = runAction(ws, { paths: 'scripts/*.script.yaml', upload: 'false' });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs.errors).toBe('0');
    expect(r.uploads).toEqual([]);
    expect(r.failed).toBe(false);
    expect(existsSync(join(ws, 'huashu.sarif'))).toBe(true);
  });

  it('passes its args through, and does not fail with fail-on-error false', () => {
    const ws = workspace({ 'rude.script.yaml': script('你们真烦人') });
    const warned = runAction(ws, {
      paths: 'scripts',
      args: '--rule forbidden-phrase=warning',
      'sarif-file': 'out.sarif',
    });
    expect(warned.outputs).toEqual({ 'sarif-file': 'out.sarif', 'exit-code': '0', errors: '0', warnings: '1' });
    expect(warned.failed).toBe(false);
    const lenient = runAction(ws, { paths: 'scripts', 'fail-on-error': 'false' });
    expect(lenient.outputs['exit-code']).toBe('1');
    expect(lenient.failed).toBe(false);
  });

  it('always fails on a usage problem', () => {
    const ws = workspace({});
    const r = runAction(ws, { paths: 'nope', 'fail-on-error': 'false' });
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.failed).toBe(true);
  });
});
