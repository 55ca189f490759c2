import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ENV, SERVER_NODE_ARGS } from '../../src/lsp/serverProcess';

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
});
