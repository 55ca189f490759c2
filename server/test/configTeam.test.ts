import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../src/files/configStore';
import { configDiagnostics, createScriptService, localize } from '../src/service';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'huashu-team-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function load(config: string) {
  const root = workspace({ '.huashu.yaml': config });
  const state = new ConfigStore('docs', root).load(join(root, '.huashu.yaml'));
  return { state, messages: state.problems.map((p) => localize(p.message, 'en', p.args)) };
}

const script = (agent: string) =>
  `script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: ${agent}\nclosing: 感谢您的来电，再见！\n`;
const flagged = (state: ReturnType<typeof load>['state'], agent: string) =>
  state.service
    .validate(script(agent), { locale: 'en', rules: {} })
    .filter((d) => d.code === 'forbidden-phrase')
    .map((d) => d.message);

describe('team configuration mistakes', () => {
  it('keeps the rest of the configuration when one remove entry names nothing', () => {
    const { state, messages } = load(
      'forbidden:\n  add:\n    - phrase: 没毛病\n      category: 推卸语\n      suggest: [greeting-daily]\n  remove: [急什么, 没有这句话]\n',
    );
    expect(messages).toEqual(['No built-in forbidden phrase "没有这句话" (by text or id)']);
    expect(state.resolved).toBeDefined();
    expect(flagged(state, '没毛病')).toHaveLength(1);
    expect(flagged(state, '急什么')).toEqual([]);
  });

  it('reports a misspelled suggest id with the nearest id', () => {
    const { messages } = load(
      'forbidden:\n  add:\n    - phrase: 没毛病\n      category: 推卸语\n      suggest: [greting-daily]\n',
    );
    expect(messages).toEqual(['No approved phrase has the id "greting-daily"; did you mean "greeting-daily"?']);
  });

  it('reports an unknown category, naming the known ones', () => {
    const { state, messages } = load(
      'forbidden:\n  add:\n    - phrase: 没毛病\n      category: 甩锅语\n      suggest: [greeting-daily]\n',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Unknown forbidden category "甩锅语", taken as a team category; known: .*推卸语/);
    expect(flagged(state, '没毛病')).toHaveLength(1);
  });

  it('keeps a team entry`s own why in the phrasebook, for the hover', () => {
    const { state, messages } = load(
      'forbidden:\n  add:\n    - phrase: 没毛病\n      category: 推卸语\n      suggest: [greeting-daily]\n      why: { zh: 显得敷衍。, en: Sounds offhand. }\n    - phrase: 不清楚啊\n      category: 推卸语\n      suggest: [greeting-daily]\n      why: 显得不专业。\n',
    );
    expect(messages).toEqual([]);
    const team = state.resolved!.phrasebook.book.forbidden.filter((f) => f.id.startsWith('team-'));
    expect(team.map((f) => f.why)).toEqual([
      { zh: '显得敷衍。', en: 'Sounds offhand.' },
      { zh: '显得不专业。', en: '显得不专业。' },
    ]);
  });

  it('shows a team entry`s own why in the hover, not its category`s', () => {
    const { state } = load(
      'forbidden:\n  add:\n    - phrase: 没毛病\n      category: 推卸语\n      suggest: [greeting-daily]\n      why: { zh: 显得敷衍。, en: Sounds offhand. }\n',
    );
    const service = createScriptService({ phrasebook: state.resolved!.phrasebook });
    const text = 'script: x\ngreeting: 工号{agent_id}\nsteps:\n  - agent: 没毛病\nclosing: 再见\n';
    const hover = service.hover(text, { line: 3, character: 12 }, { locale: 'en', rules: {} });
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain('Sounds offhand.');
    expect(value).not.toContain('first-contact-responsibility');
  });

  it('shows a mistake that keeps the configuration as a warning', () => {
    const root = workspace({ '.huashu.yaml': 'forbidden:\n  remove: [没有这句话]\n' });
    const store = new ConfigStore('docs', root);
    const state = store.load(join(root, '.huashu.yaml'));
    const d = configDiagnostics(state.problems, state.texts, { locale: 'en', rules: {} }, 'docs');
    expect([...d.values()].flat().map((x) => x.severity)).toEqual([2]);
  });

  it('reports the mistakes of every layer at once', () => {
    const { messages } = load(
      'rules:\n  forbidden-phrase: loud\nforbidden:\n  add:\n    - phrase: 没毛病\n      category: 甩锅语\n      suggest: [greeting-daily]\n  remove: [没有这句话]\n',
    );
    expect(messages).toHaveLength(3);
  });
});
