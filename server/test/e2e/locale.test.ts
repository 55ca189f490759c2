/**
 * End-to-end: `huashu.locale`, read per document through `workspace/configuration`, picks the
 * language of the messages whatever the editor's display language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCapabilities, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { buildIfStale, TestClient, uri } from './lspClient';

const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown'] },
  },
};
const TEXT =
  'script: 投诉受理\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n  - agent: 我问你，急什么？\nclosing: 感谢您的来电，再见！\n';
const forbidden = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'forbidden-phrase');

let folder: string;
let client: TestClient;

beforeAll(async () => {
  buildIfStale();
  folder = mkdtempSync(join(tmpdir(), 'huashu-e2e-locale-'));
  client = new TestClient({ capabilities: CAPABILITIES, locale: 'en', configuration: () => ({ locale: 'zh-tw' }) });
  await client.initialize();
});

afterAll(async () => {
  await client.shutdown();
  rmSync(folder, { recursive: true, force: true });
});

describe('huashu.locale over LSP', () => {
  it('gives Traditional messages and hovers with zh-tw on an English display language, English again with auto', async () => {
    const target = uri(join(folder, 'a.script.yaml'));
    await client.open(target, TEXT);
    const published = await client.diagnostics(target, (p) => forbidden(p.diagnostics) !== undefined);
    expect(forbidden(published.diagnostics)!.message).toMatch(/^服務忌語（教訓語）/);
    expect((forbidden(published.diagnostics)!.data as { replacements: string[] }).replacements[0]).toBe(
      '请您别着急，慢慢讲，我们会尽力帮您解决。',
    );

    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: target },
      position: { line: 3, character: 16 },
    });
    expect((hover.contents as MarkupContent).value).toMatch(/^\*\*教訓語\*\*（錯誤）/);

    client.configuration = () => ({ locale: 'auto' });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const english = await client.nextDiagnostics(target, (p) => forbidden(p.diagnostics) !== undefined);
    expect(forbidden(english.diagnostics)!.message).toMatch(/^Forbidden phrase/);
  });
});
