import { describe, expect, it } from 'vitest';
import { accept, byLabel, completeAt, cursor, en, service } from '../cursor';
import { slice } from '../util';

const labels = (items: { label: string }[]) => items.map((i) => i.label);

const FLOW = [
  'script: 回访',
  'greeting: 您好，工号{agent_id}为您服务。',
  'steps:',
  '  - id: ask',
  '    agent: 您满意吗？',
  '    branches:',
  '      - answer: 满意',
  '        next: bye',
  '    otherwise: ask',
  '  - id: bye',
  '    agent: 谢谢。',
  'scenarios:',
  '  busy:',
  '    when: 客户正忙',
  '    turns:',
  '      - agent: 我稍后再给您回电。',
  '        next: bye',
  'closing: 再见！',
  '',
].join('\n');

describe('editing the flow', () => {
  it('completes the flow keys of a turn, the keys of a branch and of a scenario mapping', () => {
    expect(labels(completeAt('script: x\nsteps:\n  - agent: 好\n    b|\n'))).toContain('branches');
    expect(
      labels(completeAt('script: x\nsteps:\n  - agent: 好\n    branches:\n      - answer: 是\n        |\n')),
    ).toEqual(['next']);
    expect(labels(completeAt('script: x\nsteps:\n  - agent: 好\n    branches:\n      - |\n'))).toEqual([
      'answer',
      'next',
    ]);
    expect(labels(completeAt('script: x\nscenarios:\n  busy:\n    when: 忙\n    |\n'))).toEqual(['turns']);
    const marked = 'script: x\nsteps:\n  - agent: 好\n    bra|\n';
    expect(accept(marked, byLabel(completeAt(marked), 'branches'))).toBe(
      'script: x\nsteps:\n  - agent: 好\n    branches:\n      - answer: \n        next: \n',
    );
  });

  it('completes the values of end, and turn ids after otherwise, a branch next and next in a scenario mapping', () => {
    expect(labels(completeAt('script: x\nsteps:\n  - agent: 好\n    end: |\n'))).toEqual([
      'closing',
      'transfer',
      'hangup',
    ]);
    const ids = (line: string) => labels(completeAt(FLOW.replace('    otherwise: ask', line)));
    expect(ids('    otherwise: |')).toEqual(['ask', 'bye']);
    expect(
      labels(completeAt(FLOW.replace('        next: bye\n    otherwise', '        next: |\n    otherwise'))),
    ).toEqual(['ask', 'bye']);
    expect(
      labels(
        completeAt(
          FLOW.replace(
            '      - agent: 我稍后再给您回电。\n        next: bye',
            '      - agent: 我稍后再给您回电。\n        next: |',
          ),
        ),
      ),
    ).toEqual(['ask', 'bye']);
  });

  it('goes to the turn from otherwise and a branch next, and finds every value that names a turn', () => {
    const branch = cursor(FLOW.replace('        next: bye', '        next: b|ye'));
    expect(slice(branch.text, service.definition(branch.text, branch.position)!)).toBe('bye');
    expect(service.definition(branch.text, branch.position)!.start.line).toBe(9);
    const otherwise = cursor(FLOW.replace('    otherwise: ask', '    otherwise: a|sk'));
    expect(service.definition(otherwise.text, otherwise.position)!.start.line).toBe(3);
    const id = cursor(FLOW.replace('  - id: bye', '  - id: b|ye'));
    expect(service.references(id.text, id.position, true).map((r) => r.start.line)).toEqual([9, 7, 16]);
  });

  it('shows a scenario written as a mapping in the outline with its situation and turns', () => {
    const [script] = service.symbols(FLOW, en);
    const scenarios = script!.children!.find((s) => s.name === 'scenarios')!;
    expect(scenarios.children!.map((s) => [s.name, s.detail, s.children!.length])).toEqual([['busy', '客户正忙', 1]]);
    const steps = script!.children!.find((s) => s.name === 'steps')!;
    expect(steps.children!.map((s) => s.name)).toEqual(['ask', 'bye']);
  });

  it('explains the flow keys in hovers', () => {
    const hover = (marked: string) => {
      const { text, position } = cursor(marked);
      return (service.hover(text, position, en)?.contents as { value: string } | undefined)?.value ?? '';
    };
    expect(hover(FLOW.replace('    otherwise: ask', '    other|wise: ask'))).toMatch(
      /^\*\*otherwise\*\* — Optional: the id of the turn/,
    );
    expect(hover(FLOW.replace('      - answer: 满意', '      - ans|wer: 满意'))).toMatch(
      /^\*\*answer\*\* — What the customer answers/,
    );
    expect(hover(FLOW.replace('    when: 客户正忙', '    wh|en: 客户正忙'))).toMatch(
      /^\*\*when\*\* — The situation the scenario starts from/,
    );
  });
});
