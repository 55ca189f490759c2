import { describe, expect, it } from 'vitest';
import { applyEdits, en, service } from '../cursor';

const URI = 'file:///work/t.script.yaml';

/** The text after the "Add the greeting/closing" quick fix of `code`. */
function fixed(text: string, code: 'greeting-required' | 'closing-required'): string {
  const d = service.validate(text, en).find((x) => x.code === code)!;
  expect(d, code).toBeDefined();
  const action = service.codeActions(text, URI, d.range, [d], en).find((a) => a.title.startsWith('Add the'));
  expect(action, `a fix for ${code}`).toBeDefined();
  return applyEdits(text, action!.edit!.changes![URI]!);
}

describe('the greeting and closing a fix inserts', () => {
  it('closes with a standard closing, not the hand-over to a survey', () => {
    const out = fixed('script: x\ngreeting: 您好，{agent_id}号为您服务\nclosing:\n', 'closing-required');
    expect(JSON.stringify(out)).toBe(
      JSON.stringify('script: x\ngreeting: 您好，{agent_id}号为您服务\nclosing: 感谢您的来电，再见！\n'),
    );
    expect(out).not.toContain('请不要挂机');
  });

  it('greets with {agent_id}, so that the fixed script passes agent-id-placeholder', () => {
    const out = fixed('script: x\nsteps:\n  - agent: 好的\nclosing: 感谢您的来电，再见！\n', 'greeting-required');
    expect(out).toBe(
      'script: x\ngreeting: 您好，{brand}，{agent_id}号为您服务！\nsteps:\n  - agent: 好的\nclosing: 感谢您的来电，再见！\n',
    );
    expect(service.validate(out, en).map((d) => d.code)).not.toContain('agent-id-placeholder');
  });

  it('follows the style of the section: an item in an empty list, else a string', () => {
    const base = 'script: x\ngreeting: 您好，{agent_id}号为您服务\n';
    expect(fixed(`${base}closing: []\n`, 'closing-required')).toBe(`${base}closing: [感谢您的来电，再见！]\n`);
    expect(fixed(`${base}closing:\n  - ""\n`, 'closing-required')).toContain('closing:\n  - 感谢您的来电，再见！\n');
    expect(fixed(`${base}closing: ""\n`, 'closing-required')).toBe(`${base}closing: 感谢您的来电，再见！\n`);
  });
});
