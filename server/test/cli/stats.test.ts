/** Speaking time in the CLI: `timing` in `--format json`, and `huashu stats`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliRun';

const FLOW = `script: 回访
greeting: 您好，工号{agent_id}为您服务。
steps:
  - id: ask
    agent: 您对这次服务满意吗？
    pause: 3
    branches:
      - answer: 满意
        next: bye
    otherwise: sorry
  - id: sorry
    agent: 非常抱歉，请问有哪些地方让您不满意呢？我们一定改进。
  - id: bye
    agent: 谢谢。
scenarios:
  busy:
    - agent: 我稍后再给您回电。
      end: hangup
closing: 感谢您的来电，再见！
`;

function workspace(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.script.yaml'), FLOW);
  return dir;
}

describe('speaking time in the CLI', () => {
  it('adds timing per file to --format json, in seconds to a tenth', async () => {
    const dir = workspace();
    const r = await cli(['check', join(dir, 'a.script.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.stdout) as Array<{ timing: Array<Record<string, unknown>> }>;
    expect(file!.timing).toEqual([
      { entry: 'main', shortest: 15.3, longest: 23.8, charsPerMinute: 190 },
      { entry: 'busy', shortest: 3, longest: 3, charsPerMinute: 190 },
    ]);
  });

  it('prints a table per entry with huashu stats, and exits 0 whatever the findings', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bad.script.yaml'), 'script: 坏\nsteps:\n  - id: a\n    agent: 你烦不烦\n    next: a\n');
    const r = await cli(['stats', dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file\s+script\s+turns\s+longest turn\s+entry\s+shortest\s+longest$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).filter(Boolean))).toEqual([
      [join(dir, 'a.script.yaml'), '回访', '4 (4)', '8.5 s', 'main', '15 s', '24 s'],
      ['busy', '3 s', '3 s'],
      [join(dir, 'bad.script.yaml'), '坏', '1 (1)', '1.3 s', '(no ending)'],
    ]);
  });

  it('gives the same figures as JSON with --format json, and speaks Chinese by default', async () => {
    const dir = workspace();
    const r = await cli(['stats', dir, '--format', 'json']);
    const [file] = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(file).toMatchObject({ script: '回访', turns: 4, agentTurns: 4, longestTurn: 8.5 });
    const zh = await cli(['stats', dir], { env: { LANG: 'C.UTF-8' } });
    expect(zh.stdout.split('\n')[0]).toMatch(/^文件\s+话术\s+轮次\s+最长轮次\s+入口\s+最短\s+最长$/);
    expect(zh.stdout).toContain('主流程');
  });
});
