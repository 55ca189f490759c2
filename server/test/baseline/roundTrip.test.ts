/**
 * The baseline round trip with the CLI: check, write the baseline, edit (move turns, add a
 * turn above, fix one finding, add a new one), check again: only the new finding appears;
 * on update the fixed one is dropped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/cliRun';

const SCRIPT = (...turns: string[]) =>
  `script: x\ngreeting: 您好，工号{agent_id}为您服务\nsteps:\n${turns.map((t) => `  - agent: ${t}\n`).join('')}closing: 感谢您的来电，再见！\n`;

interface JsonFile {
  file: string;
  diagnostics: Array<{ code: string; range: { start: { line: number } } }>;
}
const found = (stdout: string) =>
  (JSON.parse(stdout) as JsonFile[]).flatMap((f) =>
    f.diagnostics.map((d) => `${f.file.split(/[\\/]/).slice(-2).join('/')}:${d.range.start.line + 1}:${d.code}`),
  );

describe('a baseline round trip', () => {
  let dir: string;
  let baseline: string;
  let a: string;
  let b: string;
  beforeAll(() => {
    dir = tempDir('huashu-baseline-');
    mkdirSync(join(dir, 'calls'));
    a = join(dir, 'calls', 'a.script.yaml');
    b = join(dir, 'calls', 'b.script.yaml');
    baseline = join(dir, '.huashu-baseline.json');
    writeFileSync(a, SCRIPT('好的', '你们真烦人', '我的工号是1023'));
    writeFileSync(b, SCRIPT('唉，真烦人'));
  });

  it('writes the baseline with --update-baseline, exit 0, paths relative to it with /', async () => {
    const before = await cli(['check', join(dir, 'calls'), '--format', 'json']);
    expect(found(before.stdout)).toEqual([
      'calls/a.script.yaml:5:forbidden-phrase',
      'calls/a.script.yaml:6:hardcoded-agent-id',
      'calls/b.script.yaml:4:forbidden-phrase',
    ]);
    const r = await cli(['check', join(dir, 'calls'), '--update-baseline', '--baseline', baseline]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote 3 findings of 2 files to ${baseline}.\n`);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as {
      findings: Array<{ file: string; rule: string; text: string }>;
    };
    expect(written.findings.map((e) => `${e.file} ${e.rule} ${e.text}`)).toEqual([
      'calls/a.script.yaml forbidden-phrase 真烦人',
      'calls/a.script.yaml hardcoded-agent-id 1023',
      'calls/b.script.yaml forbidden-phrase 真烦人',
    ]);
  });

  it('reports nothing and exits 0 on the same files', async () => {
    const r = await cli(['check', join(dir, 'calls'), '--baseline', baseline]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Checked 2 files: no problems found. 3 baselined findings not shown.\n');
  });

  it('after moving turns, adding one above, fixing one and adding one: only the new finding', async () => {
    writeFileSync(a, SCRIPT('请稍等', '我的工号是1023', '好的', '你们真烦人'));
    writeFileSync(b, SCRIPT('好的，马上为您处理', '声音大点'));
    const r = await cli(['check', join(dir, 'calls'), '--baseline', baseline, '--format', 'json']);
    expect(found(r.stdout)).toEqual(['calls/b.script.yaml:5:forbidden-phrase']);
    expect(r.code).toBe(1);
    const stylish = await cli(['check', join(dir, 'calls'), '--baseline', baseline]);
    expect(stylish.stdout).toContain(
      '2 baselined findings not shown; 1 baseline entry no longer matches: run with --update-baseline to drop it.',
    );
  });

  it('keeps the accepted findings in SARIF, suppressed as external', async () => {
    const r = await cli(['check', join(dir, 'calls'), '--baseline', baseline, '--format', 'sarif']);
    const results = (
      JSON.parse(r.stdout) as {
        runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string }> }> }>;
      }
    ).runs[0]!.results;
    expect(results.map((x) => `${x.ruleId}:${x.suppressions?.map((s) => s.kind).join() ?? 'new'}`)).toEqual([
      'hardcoded-agent-id:external',
      'forbidden-phrase:external',
      'forbidden-phrase:new',
    ]);
  });

  it('drops the fixed finding on update and keeps the accepted ones', async () => {
    await cli(['check', join(dir, 'calls'), '--update-baseline', '--baseline', baseline]);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as {
      findings: Array<{ file: string; text: string; lines: number[] }>;
    };
    expect(written.findings.map((e) => `${e.file} ${e.text} ${e.lines.join()}`)).toEqual([
      'calls/a.script.yaml 真烦人 7',
      'calls/a.script.yaml 1023 5',
      'calls/b.script.yaml 声音大点 5',
    ]);
  });

  it('is a usage problem when the baseline to check against is missing', async () => {
    const r = await cli(['check', join(dir, 'calls'), '--baseline', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json');
    expect(existsSync(join(dir, 'nope.json'))).toBe(false);
  });

  it('refuses to overwrite a file that is not a baseline', async () => {
    const other = join(dir, 'notes.json');
    writeFileSync(other, '{"mine": true}');
    const r = await cli(['check', join(dir, 'calls'), '--update-baseline', '--baseline', other]);
    expect(r.code).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe('{"mine": true}');
  });
});
