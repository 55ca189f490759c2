import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigOncePerFolder } from '../../src/cli/configLookup';
import { findConfig } from '../../src/files/configStore';
import { tempDir } from './cliRun';

describe('the configuration of a script, looked up once per folder', () => {
  it('finds what findConfig finds, and looks again only in another folder', () => {
    const root = tempDir();
    mkdirSync(join(root, 'team'));
    mkdirSync(join(root, 'team', 'sub'));
    const config = join(root, 'team', '.huashu.yaml');
    writeFileSync(config, 'rules: {}\n');
    const lookup = findConfigOncePerFolder();
    const first = join(root, 'team', 'a.script.yaml');
    expect(lookup(first, root)).toBe(findConfig(first, root));
    expect(lookup(first, root)).toBe(config);
    rmSync(config);
    // The same folder: the answer of the first look, as the run began.
    expect(lookup(join(root, 'team', 'b.script.yaml'), root)).toBe(config);
    // Another folder is looked up on its own.
    expect(lookup(join(root, 'team', 'sub', 'c.script.yaml'), root)).toBeUndefined();
    rmSync(root, { recursive: true, force: true });
  });
});
