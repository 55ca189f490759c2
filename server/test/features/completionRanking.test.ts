import { describe, expect, it } from 'vitest';
import { builtinPhrasebook } from '../../src/service';
import { completeAt, zh } from '../cursor';

const book = builtinPhrasebook().book;
const categoryOf = (label: string) => book.approved.find((p) => p.text === label)?.category;
const TRAINEE = '您好，实习生为您服务';

describe('completion ranks the phrases the rules accept first', () => {
  it('leads a greeting with the greetings that say {agent_id}', () => {
    for (const marked of ['script: x\ngreeting: |\n', 'script: x\ngreeting:\n  - |\n']) {
      const items = completeAt(marked, zh);
      expect(items[0]!.label).toContain('{agent_id}');
      const firstWithout = items.findIndex((i) => !i.label.includes('{agent_id}'));
      const withId = items.filter((i) => categoryOf(i.label) === 'greeting' && i.label.includes('{agent_id}'));
      expect(withId.length).toBeGreaterThan(0);
      expect(firstWithout).toBe(withId.length);
    }
  });

  it('does not lead a turn in the middle of steps with greetings', () => {
    const marked = 'script: x\nsteps:\n  - agent: 请问您贵姓？\n  - customer: 姓王\n  - agent: |\n';
    const items = completeAt(marked, zh);
    expect(categoryOf(items[0]!.label)).not.toBe('greeting');
    const lastOther = items.map((i) => categoryOf(i.label)).lastIndexOf('closing');
    const firstGreeting = items.findIndex((i) => categoryOf(i.label) === 'greeting');
    expect(firstGreeting).toBeGreaterThan(lastOther);
  });

  it('still offers greetings first in the first turn of steps', () => {
    const items = completeAt('script: x\nsteps:\n  - agent: |\n', zh);
    expect(categoryOf(items[0]!.label)).toBe('greeting');
  });

  it('does not offer the trainee greeting', () => {
    for (const marked of ['script: x\ngreeting: |\n', 'script: x\nsteps:\n  - agent: |\n']) {
      expect(completeAt(marked, zh).map((i) => i.label)).not.toContain(TRAINEE);
    }
    expect(book.approved.map((p) => p.text)).toContain(TRAINEE);
  });
});
