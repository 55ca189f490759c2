import { describe, expect, it } from 'vitest';
import { findings } from '../util';

describe('agent-id-placeholder', () => {
  it('reports a script that never says {agent_id}, on the greeting key', () => {
    expect(findings('script: x\ngreeting: 您好\nclosing: 再见\n', 'agent-id-placeholder')).toEqual([
      'agent-id-placeholder: greeting',
    ]);
  });
  it('accepts {agent_id} anywhere in agent speech', () => {
    expect(
      findings(
        'script: x\ngreeting: 您好\nsteps:\n  - agent: 我是{agent_id}号\nclosing: 再见\n',
        'agent-id-placeholder',
      ),
    ).toEqual([]);
  });
  it('does not count {agent_id} in a customer line', () => {
    expect(
      findings(
        'script: x\ngreeting: 您好\nsteps:\n  - customer: "{agent_id}"\nclosing: 再见\n',
        'agent-id-placeholder',
      ),
    ).toHaveLength(1);
  });
});
