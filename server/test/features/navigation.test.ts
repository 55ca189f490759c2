import { describe, expect, it } from 'vitest';
import { slice } from '../util';
import { cursor, service } from '../cursor';

const marked = (at: string) =>
  [
    'script: x',
    'steps:',
    `  - id: ${at === 'id' ? 're|sult' : 'result'}`,
    '    agent: 您的订单已经出库。',
    '  - agent: 请您稍等。',
    `    next: ${at === 'next' ? 'res|ult' : 'result'}`,
    'scenarios:',
    '  poor-line:',
    '    - agent: 对不起，我听不清。',
    '      next: result',
    '    - agent: 好的。',
    '      next: other',
  ].join('\n');

describe('definition', () => {
  it('goes from a next value to the id it names', () => {
    const { text, position } = cursor(marked('next'));
    const range = service.definition(text, position)!;
    expect(range.start.line).toBe(2);
    expect(slice(text, range)).toBe('result');
  });

  it('finds nothing for a dangling next or away from next', () => {
    const { text } = cursor(marked('next'));
    expect(service.definition(text, { line: 11, character: 13 })).toBeNull();
    expect(service.definition(text, { line: 3, character: 12 })).toBeNull();
  });
});

describe('references', () => {
  it('lists the next values naming an id, with the id when asked', () => {
    const { text, position } = cursor(marked('id'));
    expect(service.references(text, position, false).map((r) => r.start.line)).toEqual([5, 9]);
    const withDeclaration = service.references(text, position, true);
    expect(withDeclaration.map((r) => r.start.line)).toEqual([2, 5, 9]);
    expect(withDeclaration.map((r) => slice(text, r))).toEqual(['result', 'result', 'result']);
  });

  it('works from a next value too', () => {
    const { text, position } = cursor(marked('next'));
    expect(service.references(text, position, true).map((r) => r.start.line)).toEqual([2, 5, 9]);
  });

  it('finds nothing away from ids and next values', () => {
    const { text } = cursor(marked('id'));
    expect(service.references(text, { line: 3, character: 14 }, true)).toEqual([]);
  });
});
