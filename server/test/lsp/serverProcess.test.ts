import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ENV, SERVER_NODE_ARGS, SERVER_V8_FLAGS } from '../../src/lsp/serverProcess';

const ROOT = join(__dirname, '..', '..', '..');

describe('how the server is started', () => {
  it("the README's Neovim recipe starts it as the VS Code client does", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const env = Object.entries({ ...SERVER_ENV, NODE_OPTIONS: SERVER_NODE_ARGS.join(' ') })
      .map(([name, value]) => `${name} = '${value}'`)
      .join(', ');
    expect(readme).toContain(`cmd_env = { ${env} }`);
  });

  it('the VS Code client passes the environment and the Node arguments, in run and debug', () => {
    const client = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    expect(client.match(/env: SERVER_ENV, execArgv: \[\.\.\.SERVER_NODE_ARGS/g)).toHaveLength(2);
  });

  it('the server sets its own V8 flags before it makes its connection, whoever starts it', () => {
    const server = readFileSync(join(ROOT, 'server', 'src', 'server.ts'), 'utf8');
    const applied = server.indexOf('for (const flag of SERVER_V8_FLAGS) setFlagsFromString(flag);');
    expect(applied).toBeGreaterThan(-1);
    expect(applied).toBeLessThan(server.indexOf('createConnection(ProposedFeatures'));
    for (const flag of SERVER_V8_FLAGS) expect(flag).toMatch(/^--[a-z-]+=\d+$/);
  });

  it('each flag is one V8 knows: Node accepts it on the command line', () => {
    const result = spawnSync(process.execPath, [...SERVER_V8_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
