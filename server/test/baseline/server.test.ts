/** The built language server over stdio honours the workspace's baseline, for open and for closed scripts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCapabilities, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { buildIfStale, TestClient, uri } from '../e2e/lspClient';
import { tempDir } from '../cli/cliRun';

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
};
const SCRIPT = (...turns: string[]) =>
  `script: x\ngreeting: 您好，工号{agent_id}为您服务\nsteps:\n${turns.map((t) => `  - agent: ${t}\n`).join('')}closing: 感谢您的来电，再见！\n`;
const BASELINE = JSON.stringify({
  version: 1,
  findings: [{ file: 'calls/a.script.yaml', rule: 'forbidden-phrase', text: '真烦人', count: 1, lines: [4] }],
});
const shown = (p: PublishDiagnosticsParams) =>
  p.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`);

let client: TestClient | undefined;
beforeAll(() => buildIfStale());
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

function workspace(): string {
  const dir = tempDir('huashu-lsp-baseline-');
  mkdirSync(join(dir, 'calls'));
  writeFileSync(join(dir, '.huashu-baseline.json'), BASELINE);
  writeFileSync(join(dir, 'calls', 'a.script.yaml'), SCRIPT('请稍等', '你们真烦人'));
  writeFileSync(join(dir, 'calls', 'b.script.yaml'), SCRIPT('你们真烦人'));
  return dir;
}

describe('the language server and the baseline', () => {
  it('shows accepted findings as hints by default, in open and scanned scripts', async () => {
    const dir = workspace();
    client = new TestClient({ capabilities: CAPABILITIES, workspace: dir });
    await client.initialize();
    const a = uri(join(dir, 'calls', 'a.script.yaml'));
    const b = uri(join(dir, 'calls', 'b.script.yaml'));
    expect(shown(await client.diagnostics(a, (p) => p.diagnostics.length > 0))).toEqual(['5:forbidden-phrase:4']);
    expect(shown(await client.diagnostics(b, (p) => p.diagnostics.length > 0))).toEqual(['4:forbidden-phrase:1']);
    await client.open(a, SCRIPT('请稍等', '你们真烦人', '真烦人'));
    expect(shown(await client.nextDiagnostics(a))).toEqual(['5:forbidden-phrase:4', '6:forbidden-phrase:1']);
  });

  it('hides them with huashu.baseline.mode hide', async () => {
    const dir = workspace();
    client = new TestClient({
      capabilities: CAPABILITIES,
      workspace: dir,
      configuration: () => ({ baseline: { mode: 'hide' } }),
    });
    await client.initialize();
    const a = uri(join(dir, 'calls', 'a.script.yaml'));
    await client.open(a, SCRIPT('请稍等', '你们真烦人', '真烦人'));
    expect(shown(await client.diagnostics(a, (p) => p.version === 1))).toEqual(['6:forbidden-phrase:1']);
  });
});
