import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { slice } from '../util';
import { service, zh } from '../cursor';

const text = [
  '# 服务热线', //                         0
  'script: 服务热线受理', //               1
  'greeting: 您好，工号{agent_id}为您服务', // 2
  'steps:', //                             3
  '  - id: listen', //                     4
  '    agent: 请问您贵姓？', //             5
  '  - customer: 我姓王，我上周的订单到现在还没发货。', // 6
  '  - agent: |', //                       7
  '      请您稍等，', //                    8
  '      我帮您查询一下。', //              9
  'scenarios:', //                         10
  '  silent-call:', //                     11
  '    - agent: 您好，您的电话已接通，请讲！', // 12
  '    - id: hang-up', //                  13
  '      agent: 对不起，听不到您的声音。', // 14
  'closing:', //                           15
  '  - 感谢您的来电，再见！', //           16
  '  - agent: 感谢您的来电，祝您节日快乐，再见！', // 17
  '    when: 节假日', //                   18
  '',
].join('\n');

const inside = (inner: Range, outer: Range) =>
  (inner.start.line > outer.start.line ||
    (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line ||
    (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

function shape(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => (s.children?.length ? { [s.name]: shape(s.children) } : s.name));
}

function every(
  symbols: DocumentSymbol[],
  visit: (s: DocumentSymbol, parent?: DocumentSymbol) => void,
  parent?: DocumentSymbol,
): void {
  for (const s of symbols) {
    visit(s, parent);
    every(s.children ?? [], visit, s);
  }
}

describe('symbols', () => {
  const symbols = service.symbols(text, zh);

  it('outline the script: greeting, steps by id or first words, scenarios with their turns, closing', () => {
    expect(shape(symbols)).toEqual([
      {
        服务热线受理: [
          'greeting',
          { steps: ['listen', '我姓王，我上周的订单到现…', '请您稍等， 我帮您查询一…'] },
          { scenarios: [{ 'silent-call': ['您好，您的电话已接通，请…', 'hang-up'] }] },
          'closing',
        ],
      },
    ]);
  });

  it('say who speaks in each turn', () => {
    const steps = symbols[0]!.children!.find((s) => s.name === 'steps')!;
    expect(steps.children!.map((s) => s.detail)).toEqual(['agent: 请问您贵姓？', 'customer', 'agent']);
  });

  it('have ranges that cover their source, the selection inside', () => {
    every(symbols, (s, parent) => {
      expect(inside(s.selectionRange, s.range)).toBe(true);
      if (parent) expect(inside(s.range, parent.range)).toBe(true);
    });
    const steps = symbols[0]!.children!.find((s) => s.name === 'steps')!;
    expect(slice(text, steps.children![0]!.range)).toBe('id: listen\n    agent: 请问您贵姓？');
    expect(slice(text, steps.children![0]!.selectionRange)).toBe('listen');
    expect(slice(text, symbols[0]!.selectionRange)).toBe('script: 服务热线受理');
  });

  it('name a script without a name, and return nothing for a file that is not a mapping', () => {
    expect(service.symbols('greeting: 您好\n', zh)[0]!.name).toBe('（未命名话术）');
    expect(service.symbols('- a\n- b\n')).toEqual([]);
    expect(service.symbols('')).toEqual([]);
  });
});

describe('folding ranges', () => {
  it('fold multi-line top-level blocks, scenarios, turns and block scalars', () => {
    expect(service.foldingRanges(text)).toEqual([
      { startLine: 3, endLine: 9 }, // steps
      { startLine: 4, endLine: 5 }, // turn listen
      { startLine: 7, endLine: 9 }, // turn with a block scalar, which starts on the same line
      { startLine: 10, endLine: 14 }, // scenarios
      { startLine: 11, endLine: 14 }, // silent-call
      { startLine: 13, endLine: 14 }, // turn hang-up
      { startLine: 15, endLine: 18 }, // closing
    ]);
  });

  it('fold a block scalar that starts below its turn', () => {
    const block = 'script: x\nsteps:\n  - id: a\n    agent: >\n      好的，\n      请稍等。\n';
    expect(service.foldingRanges(block)).toContainEqual({ startLine: 3, endLine: 5 });
  });
});
