/**
 * No text from a file name or a script can start a line of CI output: a line that starts
 * with `::` is a GitHub workflow command, so a forged one would add annotations, mask
 * secrets or change the environment. Every format, stdout and stderr alike.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../e2e/lspClient';
import { bin, cli, script, tempDir } from './cliRun';

const FORGED_LF = 'x\n::error file=README.md,line=1::forged.script.yaml';
const FORGED_CR = 'y\r::warning file=README.md::forged.script.yaml';
const FORGED_KEY =
  'script: x\ngreeting: 您好，工号{agent_id}为您服务\n"a\\n::error file=README.md::forged": 1\nsteps:\n  - agent: 好\n    next: "q\\r\\n::notice::forged"\nclosing: 再见\n';

let dir: string;

beforeAll(() => {
  dir = tempDir('huashu-ci-');
  writeFileSync(join(dir, FORGED_LF), Buffer.from([0x00, 0x01]));
  writeFileSync(join(dir, FORGED_CR), script('你们真烦人'));
  writeFileSync(join(dir, 'key.script.yaml'), FORGED_KEY);
});

/** The lines a CI log shows: a CR, an LF, or a Unicode line or paragraph separator ends one. */
const logLines = (text: string) => text.split(/\r\n|\r|\n|\u2028|\u2029/);

describe.each(['stylish', 'json', 'sarif', 'github', 'list-waivers'])('the %s output', (format) => {
  const args = () => ['check', dir, ...(format === 'list-waivers' ? ['--list-waivers'] : ['--format', format])];

  it('has no line on stderr that a file name started', async () => {
    const r = await cli(args());
    expect(r.code).toBe(2);
    const lines = logLines(r.stderr).filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^huashu: Skipped ".*": it is a binary file, not text$/);
  });

  it('has no line on stdout that a file name or script text started', async () => {
    const r = await cli(args());
    const forged = logLines(r.stdout).filter(
      (l) => /^\s*::/.test(l) && !(format === 'github' && /^::(error|warning|notice) file=/.test(l)),
    );
    expect(forged).toEqual([]);
  });
});

describe('the github format', () => {
  it('keeps each finding on one annotation line, with the file name escaped', async () => {
    const r = await cli(['check', dir, '--format', 'github']);
    const lines = logLines(r.stdout).filter((l) => l !== '');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).not.toMatch(/^::\w+ file=README\.md/);
    for (const line of lines)
      expect(line).toMatch(
        /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=huashu\([a-z-]+\)::/,
      );
    expect(lines.filter((l) => l.includes('forbidden-phrase'))).toEqual([
      expect.stringMatching(/^::error file=.*y\\r%3A%3Awarning file=README\.md%3A%3Aforged\.script\.yaml,line=4,/),
    ]);
  });
});

describe('a file name that is itself a workflow command', () => {
  const NAMES = [
    '::error file=README.md::forged.script.yaml',
    ' ##[error]forged.script.yaml',
    '::stop-commands::t.script.yaml',
  ];
  const WAIVED = script('你们真烦人').replace(
    'steps:\n',
    'steps:\n  # huashu-disable-next-line forbidden-phrase -- 反例\n',
  );
  let top: string;

  beforeAll(() => {
    buildIfStale();
    top = tempDir('huashu-ci-names-');
    for (const name of NAMES) writeFileSync(join(top, name), name.startsWith('::stop') ? WAIVED : script('你们真烦人'));
  });

  it.each([['stylish'], ['json'], ['sarif'], ['github'], ['list-waivers']])(
    'starts no line of the %s output, checked as "."',
    (format) => {
      const r = bin(['check', '.', ...(format === 'list-waivers' ? ['--list-waivers'] : ['--format', format])], top);
      expect(r.code, r.stderr).toBe(format === 'list-waivers' ? 0 : 1);
      const commands = logLines(r.stdout + r.stderr).filter((l) => /^\s*(::|##\[)/.test(l));
      // The github format's own annotations, whose file property holds no raw `:` that could end it.
      expect(
        commands.every((l) => format === 'github' && /^::(error|warning|notice) file=[^:]+,line=\d+,/.test(l)),
        commands.join('\n'),
      ).toBe(true);
      expect(commands).toHaveLength(format === 'github' ? 2 : 0);
    },
  );

  it('is shown as ./name where it starts a line', () => {
    const r = bin(['check', '.'], top);
    expect(r.stdout.split('\n').filter((l) => l.endsWith('.script.yaml'))).toEqual([
      './ ##[error]forged.script.yaml',
      './::error file=README.md::forged.script.yaml',
    ]);
  });
});
