import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

describe('unknown-placeholder', () => {
  it('names the nearest known placeholder', () => {
    const text = script('  - agent: 请{agnet_id}稍等');
    const d = check(text).find((x) => x.code === 'unknown-placeholder')!;
    expect(findings(text, 'unknown-placeholder')).toEqual(['unknown-placeholder: {agnet_id}']);
    expect(d.message).toBe('Unknown placeholder {agnet_id}: did you mean {agent_id}?');
    expect(d.data).toEqual({ replacements: ['{agent_id}'] });
  });
  it('lists the known names for a name that is nowhere near', () => {
    const d = check(script('  - agent: 请{zzzzzzzz}稍等')).find((x) => x.code === 'unknown-placeholder')!;
    expect(d.message).toMatch(/^Unknown placeholder \{zzzzzzzz\}; known placeholders: .*\{agent_id\}/);
  });
  it('accepts known placeholders', () => {
    expect(findings(script('  - agent: "{customer}，{brand}欢迎您"'), 'unknown-placeholder')).toEqual([]);
  });
});
