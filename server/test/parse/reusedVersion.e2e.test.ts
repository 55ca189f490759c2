/**
 * End-to-end: a client that sends a change with the version the server has already parsed
 * still gets the change checked, and fixes computed on it apply to the current text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, CodeAction } from 'vscode-languageserver-protocol/node';
import { buildIfStale, TestClient, uri, within } from '../e2e/lspClient';

const PUSH: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true },
  textDocument: { publishDiagnostics: { versionSupport: true, dataSupport: true } },
};
const TEXT = 'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 请您稍等片刻\nclosing: 再见\n';

describe('a reused version number over LSP', () => {
  let workspace: string;
  let client: TestClient;

  beforeAll(async () => {
    buildIfStale();
    workspace = mkdtempSync(join(tmpdir(), 'huashu-version-'));
    client = new TestClient({ capabilities: PUSH, workspace, locale: 'en' });
    await client.initialize();
  }, 60_000);

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(workspace, { recursive: true, force: true });
  });

  it('checks a change sent with the version last parsed, and fixes the current text', async () => {
    const target = uri(join(workspace, 'a.script.yaml'));
    const document = TextDocument.create(target, 'huashu', 5, TEXT);
    await client.open(target, TEXT, 5);
    expect((await client.diagnostics(target, (p) => p.version === 5)).diagnostics).toEqual([]);

    const at = document.positionAt(TEXT.indexOf('请您稍等片刻'));
    const change = { range: { start: at, end: at }, text: '你们真烦人，' };
    TextDocument.update(document, [change], 5);
    await client.notify('textDocument/didChange', {
      textDocument: { uri: target, version: 5 },
      contentChanges: [change],
    });
    const published = await client.diagnostics(
      target,
      (p) => p.version === 5 && p.diagnostics.length > 0,
      'the diagnostics of the change',
    );
    const forbidden = published.diagnostics.filter((d) => d.code === 'forbidden-phrase');
    expect(forbidden.map((d) => document.getText(d.range))).toEqual(['真烦人']);

    const actions = (await within(
      client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: target },
        range: forbidden[0]!.range,
        context: { diagnostics: forbidden },
      }),
      'code actions',
    )) as CodeAction[];
    const fixed = TextDocument.applyEdits(document, actions[0]!.edit!.changes![target]!);
    expect(fixed).not.toContain('真烦人');
    expect(fixed).toBe(
      'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 请您别着急，慢慢讲，我们会尽力帮您解决。\nclosing: 再见\n',
    );
  });
});
