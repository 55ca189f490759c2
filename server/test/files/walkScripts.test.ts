/** The one walker behind `huashu check <folder>` and the editor's workspace scan. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKIPPED_DIRS, walkScripts } from '../../src/files/walkScripts';
import { findScriptFiles, isWorkspaceScript } from '../../src/lsp/workspaceFiles';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'huashu-walk-'));
  for (const dir of ['b', 'a', 'a/deep', ...SKIPPED_DIRS]) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['b/2.script.yml', 'a/1.script.yaml', 'a/deep/3.script.yaml', 'a/notes.yaml', 'z.script.yaml'])
    writeFileSync(join(root, file), '');
  for (const dir of SKIPPED_DIRS) writeFileSync(join(root, dir, 'hidden.script.yaml'), '');
  symlinkSync(join(root, 'a'), join(root, 'link-to-a'));
  symlinkSync(join(root, 'z.script.yaml'), join(root, 'link.script.yaml'));
  symlinkSync('.', join(root, 'a', 'loop'));
  writeFileSync(
    Buffer.concat([Buffer.from(join(root, 'a', 'x')), Buffer.from([0xff, 0xfe]), Buffer.from('.script.yaml')]),
    '',
  );
  return root;
}

describe('walkScripts', () => {
  it('finds script files in name order, skips dependency and version-control folders, follows no link', async () => {
    const root = tree();
    const walked = await walkScripts(root);
    expect(walked.files).toEqual(
      ['a/1.script.yaml', 'a/deep/3.script.yaml', 'b/2.script.yml', 'z.script.yaml'].map((f) => join(root, f)),
    );
    expect(walked.unreadable).toEqual([]);
  });

  it('reports a script whose name is not UTF-8 by its bytes, instead of a name that does not exist', async () => {
    const root = tree();
    expect((await walkScripts(root)).badNames).toEqual([join(root, 'a', 'x\\xff\\xfe.script.yaml')]);
  });

  it('reports a folder it cannot list, and stops when cancelled', async () => {
    const missing = join(tmpdir(), 'huashu-walk-missing-folder');
    expect(await walkScripts(missing)).toEqual({
      files: [],
      unreadable: [{ path: missing, reason: 'ENOENT' }],
      badNames: [],
    });
    expect((await walkScripts(tree(), () => true)).files).toEqual([]);
  });
});

describe('the workspace scan uses the same walker and skip list', () => {
  it('finds the same files, and the badly named ones to log', async () => {
    const root = tree();
    const found = await findScriptFiles([root, join(root, 'a')], 3);
    expect(found.files).toEqual((await walkScripts(root)).files.slice(0, 3));
    expect(found.overLimit).toEqual([join(root, 'z.script.yaml')]);
    expect(found.badNames).toEqual([join(root, 'a', 'x\\xff\\xfe.script.yaml')]);
  });

  it('counts no file below a skipped folder as a workspace script', () => {
    const root = '/w';
    for (const dir of SKIPPED_DIRS)
      expect(isWorkspaceScript(join(root, 'p', dir, 'x.script.yaml'), [root]), dir).toBe(false);
    expect(isWorkspaceScript(join(root, 'p', 'x.script.yaml'), [root])).toBe(true);
  });
});
