import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../../src/files/configStore';
import { localize, parseConfig } from '../../src/service';

function problemsOf(text: string): string[] {
  const { problems } = parseConfig('/ws/.huashu.yaml', '/ws', text);
  return problems.map((p) => `${text.slice(p.span.start, p.span.end)}: ${localize(p.message, 'en', p.args)}`);
}

const longTurn = `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: ${'好'.repeat(70)}\nclosing: 再见\n`;

describe('.huashu.yaml: speaking', () => {
  it('reads the speed, the budget and the budget per channel', () => {
    const { config } = parseConfig(
      '/ws/.huashu.yaml',
      '/ws',
      'speaking:\n  charsPerMinute: 180\n  budget: 20\n  channels:\n    phone: 25\n    chat: off\n',
    );
    expect(config?.speaking).toEqual({ charsPerMinute: 180, budget: 20, channels: { phone: 25, chat: 'off' } });
  });

  it('reports wrong values and keys at their place', () => {
    expect(
      problemsOf('speaking:\n  charsPerMinute: fast\n  budget: -3\n  channels:\n    fax: 3\n    chat: soon\n'),
    ).toEqual([
      'fast: "charsPerMinute" must be a positive number, not "fast"',
      '-3: "budget" must be a positive number, not "-3"',
      'fax: Unknown setting "fax"; allowed: phone, chat',
      'soon: "chat" must be a number of seconds or off, not "soon"',
    ]);
  });

  it('sets turn-too-long for the scripts the configuration governs', () => {
    const root = mkdtempSync(join(tmpdir(), 'huashu-speaking-'));
    const store = new ConfigStore('docs', root);
    const base = { locale: 'en' as const, rules: {} };
    const codes = () => {
      const { service, settings } = store.forScript(join(root, 'a.script.yaml'), base);
      return service.validate(longTurn, settings).map((d) => String(d.code));
    };
    expect(codes()).toEqual([]);
    writeFileSync(join(root, '.huashu.yaml'), 'speaking:\n  budget: 15\n');
    const fresh = new ConfigStore('docs', root);
    const { service, settings } = fresh.forScript(join(root, 'a.script.yaml'), base);
    expect(service.validate(longTurn, settings).map((d) => String(d.code))).toEqual(['turn-too-long']);
  });
});
