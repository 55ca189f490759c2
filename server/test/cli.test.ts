import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run';

const ROOT = join(__dirname, '..', '..');

async function run(args: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const CLEAN = join(ROOT, 'samples', 'hotline.script.yaml');
const BAD = join(ROOT, 'samples', 'all-rules.script.yaml');

describe('huashu check', () => {
  it('exits 0 on clean scripts and says so', async () => {
    const r = await run(['check', CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Checked 1 file: no problems found.\n');
  });

  it('exits 1 when a script has errors, grouped by file with counts', async () => {
    const r = await run(['check', BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(BAD);
    expect(r.stdout).toMatch(
      / {4}7:17 {2}error {7}Hard-coded agent number "1023": use the \{agent_id\} placeholder {2}hardcoded-agent-id/,
    );
    expect(r.stdout).toMatch(/✖ 29 problems \(15 errors, 13 warnings, 1 hint\)/);
  });

  it('checks every script below a directory', async () => {
    const r = await run(['check', join(ROOT, 'samples'), '--format', 'json']);
    const files = (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file);
    expect(files).toHaveLength(6);
    expect(files.every((f) => f.endsWith('.script.yaml'))).toBe(true);
  });

  it('expands globs', async () => {
    const r = await run(['check', `${ROOT}/samples/c*.script.yaml`, '--format=json']);
    const files = (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file.split('/').pop());
    expect(files).toEqual(['callback.script.yaml', 'chat.script.yaml', 'complaint.script.yaml']);
  });

  it('writes the json format with LSP ranges and severity names', async () => {
    const r = await run(['check', BAD, '--format', 'json']);
    const [result] = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>;
    expect(result!.file).toBe(BAD);
    expect(result!.diagnostics).toContainEqual({
      code: 'hardcoded-agent-id',
      severity: 'error',
      message: 'Hard-coded agent number "1023": use the {agent_id} placeholder',
      range: { start: { line: 6, character: 16 }, end: { line: 6, character: 20 } },
    });
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', async () => {
    const r = await run(['check', BAD, '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('Huashu');
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('forbidden-phrase');
    const hit = run0.results.find((x: { ruleId: string }) => x.ruleId === 'hardcoded-agent-id');
    expect(hit.level).toBe('error');
    expect(run0.tool.driver.rules[hit.ruleIndex].id).toBe('hardcoded-agent-id');
    expect(hit.locations[0].physicalLocation.region).toEqual({
      startLine: 7,
      startColumn: 17,
      endLine: 7,
      endColumn: 21,
    });
    const warning = run0.results.find((x: { ruleId: string }) => x.ruleId === 'legacy-placeholder');
    expect(warning.level).toBe('warning');
  });

  it('writes GitHub annotations with escaped properties', async () => {
    const r = await run(['check', BAD, '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(29);
    expect(lines).toContain(
      `::error file=${BAD},line=7,col=17,endLine=7,endColumn=21,title=huashu(hardcoded-agent-id)::Hard-coded agent number "1023": use the {agent_id} placeholder`,
    );
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(13);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
  });

  it('speaks Chinese with --locale zh or a Chinese LANG', async () => {
    const a = await run(['check', BAD, '--locale', 'zh']);
    expect(a.stdout).toContain('写死的工号“1023”：请改用占位符 {agent_id}');
    expect(a.stdout).toContain('29 个问题（15 个错误，13 个警告，1 个提示）');
    const b = await run(['check', BAD], { LANG: 'zh_CN.UTF-8' });
    expect(b.stdout).toContain('写死的工号');
  });

  it('exits 2 for a missing file but still checks and reports the others', async () => {
    const r = await run(['check', 'no/such.script.yaml', BAD, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('huashu: Cannot read "no/such.script.yaml": no such file or directory\n');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('exits 2 with one line for a glob that matches nothing or a folder without scripts', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'huashu-'));
    const r = await run(['check', `${empty}/*.script.yaml`, empty]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `huashu: "${empty}/*.script.yaml" matches no files`,
      `huashu: No script files (*.script.yaml, *.script.yml) below "${empty}"`,
    ]);
  });

  it('skips a binary file with a clear line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huashu-'));
    const file = join(dir, 'x.script.yaml');
    writeFileSync(file, Buffer.from([0x73, 0x00, 0xff, 0x10]));
    const r = await run(['check', file, CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huashu: Skipped "${file}": it is a binary file, not text\n`);
  });

  it('exits 2 on usage problems', async () => {
    expect((await run(['check', '--format', 'xml'])).code).toBe(2);
    expect((await run(['lint'])).stderr).toBe(
      'huashu: Unknown command "lint". Usage: huashu check|stats|graph|report [paths …]\n',
    );
    expect((await run(['check', '--bogus'])).code).toBe(2);
    expect((await run(['check', '--rule', 'nope=off'])).code).toBe(2);
  });

  it('records waived findings as SARIF suppressions with their justification', async () => {
    const r = await run(['check', BAD, '--format', 'sarif']);
    const results = JSON.parse(r.stdout).runs[0].results as Array<{
      ruleId: string;
      suppressions?: Array<{ kind: string; justification?: string }>;
    }>;
    const waived = results.filter((x) => x.suppressions);
    expect(waived.map((x) => x.ruleId)).toEqual(['forbidden-phrase', 'forbidden-phrase']);
    expect(waived[0]!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: '培训用的反例，真实通话中不说' },
    ]);
    expect(waived[1]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted' }]);
  });

  it('lists waivers with their reasons and what they silence', async () => {
    const r = await run(['check', BAD, '--list-waivers']);
    expect(r.stdout).toContain(
      `${BAD}:17  disable-next-line forbidden-phrase -- 培训用的反例，真实通话中不说\n    silences: 18:forbidden-phrase\n`,
    );
    expect(r.stdout).toContain(
      `${BAD}:21  disable-next-line hardcoded-agent-id -- 这一行已经改好了\n    silences: nothing\n`,
    );
    expect(r.stdout).toMatch(/3 waivers\n$/);
  });

  it('applies --rule levels', async () => {
    const r = await run(['check', BAD, '--rule', 'legacy-placeholder=off', '--format', 'json']);
    const [result] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ code: string }> }>;
    expect(result!.diagnostics.some((d) => d.code === 'legacy-placeholder')).toBe(false);
  });

  it('runs as the built bin, as npx does', () => {
    const ok = spawnSync(process.execPath, [join(ROOT, 'bin', 'huashu.js'), 'check', CLEAN], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin', 'huashu.js'), 'check', BAD, '--format', 'github'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error file=');
    expect(
      execFileSync(process.execPath, [join(ROOT, 'bin', 'huashu.js'), '--version'], { encoding: 'utf8' }).trim(),
    ).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
