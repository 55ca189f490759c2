/**
 * The workspace scan reads script files from disk also on file events and when an editor
 * closes one: a script that is a symbolic link out of every workspace folder is not read.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScriptFile } from '../../src/lsp/scriptText';
import { localize } from '../../src/service';

function layout() {
  const top = mkdtempSync(join(tmpdir(), 'huashu-scan-links-'));
  const ws = join(top, 'ws');
  const other = join(top, 'other');
  const outside = join(top, 'outside');
  for (const dir of [ws, other, outside]) mkdirSync(dir);
  writeFileSync(join(outside, 'creds.yaml'), 'AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI\n');
  writeFileSync(join(other, 'shared.script.yaml'), 'script: shared\n');
  writeFileSync(join(ws, 'own.script.yaml'), 'script: own\n');
  symlinkSync(join(outside, 'creds.yaml'), join(ws, 'leak.script.yaml'));
  symlinkSync(join(other, 'shared.script.yaml'), join(ws, 'shared.script.yaml'));
  symlinkSync(join(ws, 'own.script.yaml'), join(ws, 'alias.script.yaml'));
  return { ws, other, outside };
}

describe('readScriptFile with the workspace folders', () => {
  it('refuses a link out of every folder, naming where it leads', async () => {
    const { ws, outside } = layout();
    const read = await readScriptFile(join(ws, 'leak.script.yaml'), [ws]);
    expect('problem' in read && localize(read.problem.message, 'en', read.problem.args)).toBe(
      `It links to "${join(outside, 'creds.yaml')}", outside the workspace: it was not read.`,
    );
  });

  it('reads a link to a file in the same or another workspace folder, and a plain file', async () => {
    const { ws, other } = layout();
    expect(await readScriptFile(join(ws, 'alias.script.yaml'), [ws])).toEqual({ text: 'script: own\n' });
    expect(await readScriptFile(join(ws, 'shared.script.yaml'), [ws, other])).toEqual({ text: 'script: shared\n' });
    expect(await readScriptFile(join(ws, 'own.script.yaml'), [ws])).toEqual({ text: 'script: own\n' });
  });

  it('reads a workspace opened through a link', async () => {
    const { ws } = layout();
    symlinkSync(ws, `${ws}-link`);
    expect(await readScriptFile(join(`${ws}-link`, 'alias.script.yaml'), [`${ws}-link`])).toEqual({
      text: 'script: own\n',
    });
  });
});
