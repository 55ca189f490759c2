import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../cli/cliRun';

const SAMPLE = join(ROOT, 'samples', 'all-rules.script.yaml');

describe('the CLI in Traditional Chinese', () => {
  it('prints Traditional messages with --locale zh-tw', async () => {
    const run = await cli(['check', SAMPLE, '--locale', 'zh-tw', '--format', 'json']);
    const messages = (JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] }[])[0]!.diagnostics;
    expect(messages.find((d) => d.code === 'greeting-required')!.message).toBe('話術缺少開始語（greeting）');
    expect(messages.find((d) => d.code === 'hardcoded-agent-id')!.message).toMatch(/^寫死的工號/);
  });

  it('keeps Simplified with --locale zh', async () => {
    const run = await cli(['check', SAMPLE, '--locale', 'zh', '--format', 'json']);
    expect(run.stdout).toContain('话术缺少开始语（greeting）');
  });
});
