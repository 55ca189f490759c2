import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliRun';

const BRANCHING = [
  'script: 回访',
  'greeting: 您好，工号{agent_id}为您服务。',
  'steps:',
  '  - id: ask',
  '    agent: 您对这次服务满意吗？',
  '    branches:',
  '      - answer: 满意 "非常" <好>',
  '        next: thanks',
  '    otherwise: sorry',
  '  - id: thanks',
  '    agent: 谢谢您的支持。',
  '    end: closing',
  '  - id: sorry',
  '    # huashu-disable-next-line forbidden-phrase -- 引用客户原话',
  '    agent: 真烦人，非常抱歉。',
  '    end: transfer',
  'closing: 再见！',
  '',
].join('\n');

function workspace(): string {
  const dir = tempDir('huashu-picture-');
  writeFileSync(join(dir, 'a.script.yaml'), BRANCHING);
  writeFileSync(
    join(dir, 'b.script.yaml'),
    BRANCHING.replace('谢谢您的支持。', '你等着吧。').replace('script: 回访', 'script: 回访<二>'),
  );
  writeFileSync(join(dir, 'broken.script.yaml'), 'script: x\ngreeting: [unclosed\n');
  return dir;
}

describe('huashu graph', () => {
  const dir = workspace();

  it('writes Mermaid by default, with the answers on the edges', async () => {
    const r = await cli(['graph', join(dir, 'a.script.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('flowchart TD\n')).toBe(true);
    expect(r.stdout).toMatch(/-->\|"满意 #34;非常#34; #60;好#62;"\| n\d+/);
    expect(r.stdout).toMatch(/-\.->\|"otherwise"\|/);
  });

  it('writes DOT and SVG', async () => {
    const dot = await cli(['graph', join(dir, 'a.script.yaml'), '--format', 'dot']);
    expect(dot.stdout).toMatch(/^digraph flow \{/);
    const svg = await cli(['graph', join(dir, 'a.script.yaml'), '--format=svg']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('<svg');
    expect(svg.stdout).toContain('满意 &quot;非常&quot; &lt;好&gt;');
  });

  it('refuses a script that does not parse, more than one file and unknown formats', async () => {
    const broken = await cli(['graph', join(dir, 'broken.script.yaml')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.script\.yaml does not parse \(line \d+: .+\): no call flow/);
    expect((await cli(['graph', dir])).stderr).toContain('is not one script file');
    expect((await cli(['graph', 'a', 'b'])).stderr).toContain('exactly one script file');
    expect((await cli(['graph', join(dir, 'a.script.yaml'), '--format', 'png'])).stderr).toContain(
      'Unknown graph format "png"',
    );
    expect((await cli(['check', dir, '--out', 'x.html'])).code).toBe(2);
  });
});

describe('huashu report', () => {
  it('writes one HTML file for every script, and exits 1 when one has an error', async () => {
    const dir = workspace();
    const out = join(dir, 'report.html');
    const r = await cli(['report', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`huashu: Wrote ${out} (3 scripts)\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<section class="script"/g)).toHaveLength(3);
    expect(html).toContain('回访&#60;二&#62;');
    expect(html).toContain('<pre class="source">    agent: <mark>你等着</mark>吧。</pre>');
    expect(html).toContain('引用客户原话');
    expect(html).toContain('The script does not parse: no call flow.');
    expect(html.match(/<svg/g)).toHaveLength(2);
  });
});
