/**
 * Text from files reaches the terminal only as visible text: escape sequences in file
 * names, keys, script text and comments (window title, clear screen, 8-bit CSI) are printed
 * as `\x1b`, `\u009b`…, and a finding always stays on its own row.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliRun';

const NAME = '\u001b]0;pwned\u0007\u001b[2J.script.yaml';
const TEXT = [
  'script: x',
  '# huashu-disable-next-line legacy-placeholder -- 理由\u001b]0;owned\u0007',
  'greeting: 您好，工号{agent_id}为您服务，XX先生',
  '"k\\e[2J\\u009b31m\\u202e": 1',
  'steps:',
  '  - agent: |',
  '      你们真烦人吧',
  '"line\\nbreak": 2',
  'closing: 再见',
  '',
].join('\n');

let dir: string;

beforeAll(() => {
  dir = tempDir('huashu-tty-');
  writeFileSync(join(dir, NAME), TEXT);
  writeFileSync(join(dir, `bin\u009b2J.script.yaml`), Buffer.from([0x00]));
});

/** Control characters that a terminal acts on: C0 but for the line feed that ends our own lines, DEL and C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** The colours stylish output paints itself with. */
const OWN_COLOURS = /\u001b\[\d+m/g;

describe('stylish output', () => {
  it.each([false, true])(
    'prints escapes from file names, keys and comments as visible text (colour: %s)',
    async (color) => {
      for (const args of [
        ['check', dir],
        ['check', dir, '--list-waivers'],
      ]) {
        const r = await cli(color ? [...args, '--color'] : args);
        expect(r.stdout.replace(OWN_COLOURS, ''), args.join(' ')).not.toMatch(CONTROL);
        expect(r.stderr, args.join(' ')).not.toMatch(CONTROL);
        expect(r.stdout, args.join(' ')).toContain('\\x1b]0;pwned\\x07\\x1b[2J.script.yaml');
        expect(r.stderr).toContain('bin\\u009b2J.script.yaml');
      }
    },
  );

  it('shows the visible forms of a key and a waiver reason', async () => {
    const plain = await cli(['check', dir]);
    expect(plain.stdout).toContain('Unknown key "k\\x1b[2J\\u009b31m\\u202e"');
    expect(plain.stdout).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const waivers = await cli(['check', dir, '--list-waivers']);
    expect(waivers.stdout).toContain('-- 理由\\x1b]0;owned\\x07\n');
  });

  it('keeps a message whose text holds a line break on its row, the break shown as \\n', async () => {
    const r = await cli(['check', dir]);
    const row = r.stdout.split('\n').find((l) => l.includes('line\\nbreak'));
    expect(row).toMatch(/^ +\d+:\d+ {2}error {7}Unknown key "line\\nbreak".* {2}schema$/);
  });
});

describe('json and sarif output', () => {
  it.each(['json', 'sarif'])('%s holds no raw control character, and the data is exact', async (format) => {
    const r = await cli(['check', dir, '--format', format]);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
    const parsed = JSON.parse(r.stdout);
    const files: string[] =
      format === 'json'
        ? (parsed as Array<{ file: string }>).map((f) => f.file)
        : (
            parsed.runs[0].results as Array<{
              locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
            }>
          ).map((x) => decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(files.some((f) => f.endsWith(NAME))).toBe(true);
  });
});
