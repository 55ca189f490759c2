/**
 * `huashu/flow`, the request behind the call-flow preview, over stdio with the built server:
 * the picture follows the edits, findings colour their node, and a script that stops parsing
 * answers null so the preview keeps its last good picture.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowResult } from '../../src/lsp/flowRequest';
import { buildIfStale, TestClient, uri } from './lspClient';

const SCRIPT = [
  'script: 回访',
  'greeting: 您好，工号{agent_id}为您服务。',
  'steps:',
  '  - id: ask',
  '    agent: 您对这次服务满意吗？',
  '    branches:',
  '      - answer: 满意',
  '        next: thanks',
  '    otherwise: sorry',
  '  - id: thanks',
  '    agent: 谢谢您的支持。',
  '    end: closing',
  '  - id: sorry',
  '    agent: 非常抱歉。',
  '    end: transfer',
  'closing: 再见！',
  '',
].join('\n');

describe('huashu/flow', () => {
  let client: TestClient;
  let dir: string;
  let target: string;

  beforeAll(async () => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'huashu-flow-'));
    target = uri(join(dir, 'a.script.yaml'));
    client = new TestClient({
      capabilities: { textDocument: { publishDiagnostics: {} } },
      workspace: dir,
      locale: 'en',
    });
    await client.initialize();
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  const flow = () => client.request<FlowResult | null>('huashu/flow', { textDocument: { uri: target } });

  it('answers the picture: nodes, branch labels, the DOT, no findings', async () => {
    await client.open(target, SCRIPT, 1);
    const result = (await flow())!;
    expect(result.version).toBe(1);
    const keys = result.picture!.graph.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['greeting', 'ask', 'thanks', 'sorry', 'closing', 'end:transfer']));
    const ask = result.picture!.graph.nodes.find((n) => n.key === 'ask')!;
    expect(SCRIPT.slice(ask.selectStart, ask.selectEnd)).toBe('您对这次服务满意吗？');
    expect(result.picture!.findings.every((f) => f.count === 0)).toBe(true);
    expect(result.dot).toContain('label="   满意   "');
    expect(result.dot).toContain('label="otherwise", style=dashed');
  });

  it('follows an edit: a forbidden phrase colours its node', async () => {
    const text = SCRIPT.replace('非常抱歉。', '真烦人，非常抱歉。');
    await client.notify('textDocument/didChange', {
      textDocument: { uri: target, version: 2 },
      contentChanges: [{ text }],
    });
    const result = (await flow())!;
    expect(result.version).toBe(2);
    const sorry = result.picture!.graph.nodes.find((n) => n.key === 'sorry')!;
    expect(result.picture!.findings[sorry.index]).toEqual({ count: 1, worst: 1 });
    expect(result.dot).toMatch(new RegExp(`n${sorry.index} \\[id="node-${sorry.index}", class="sev-error kind-turn"`));
  });

  it('answers null for a script that does not parse, and for a document that is not open', async () => {
    await client.notify('textDocument/didChange', {
      textDocument: { uri: target, version: 3 },
      contentChanges: [{ text: SCRIPT.replace('  - id: thanks', '  - id: [thanks') }],
    });
    expect(await flow()).toEqual({ version: 3, picture: null, dot: null });
    expect(await client.request('huashu/flow', { textDocument: { uri: uri(join(dir, 'closed.script.yaml')) } })).toBe(
      null,
    );
  });
});
