import { describe, expect, it } from 'vitest';
import { speakingSeconds, spoken } from '../../src/service/flow/speakingTime';
import { cursor, en, service, zh } from '../cursor';
import { script } from '../util';

describe('speaking time', () => {
  it('counts characters, placeholders at their length, punctuation as pauses, nothing for spaces and quotes', () => {
    expect(spoken('您好')).toEqual({ characters: 2, pause: 0 });
    expect(spoken('您好，{phone}。')).toEqual({ characters: 13, pause: 0.75 });
    expect(spoken('「好」 ok')).toEqual({ characters: 3, pause: 0 });
    expect(spoken('{unknown_name}')).toEqual({ characters: 3, pause: 0 });
    expect(speakingSeconds('好'.repeat(190), { charsPerMinute: 190 })).toBe(60);
    expect(speakingSeconds('，。')).toBe(0);
  });

  const text = script('  - agent: 请您稍等，我帮您查询一下。\n  - customer: 好的\n  - agent: "感谢您的耐心等待。"');

  it('puts an inlay hint at the end of each piece of agent speech, none on customer lines', () => {
    const hints = service.inlayHints(text);
    const lines = text.split('\n');
    expect(hints.map((h) => `${lines[h.position.line]!.slice(0, h.position.character)}⟨${String(h.label)}⟩`)).toEqual([
      'greeting: 您好，工号{agent_id}为您服务。⟨≈ 4.5 s @190字/分⟩',
      '  - agent: 请您稍等，我帮您查询一下。⟨≈ 4.2 s @190字/分⟩',
      '  - agent: "感谢您的耐心等待。"⟨≈ 3 s @190字/分⟩',
      'closing: 感谢您的来电，再见！⟨≈ 3.3 s @190字/分⟩',
    ]);
  });

  it('gives only the hints inside the range asked for, and follows the team speed', () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } };
    expect(service.inlayHints(text, range).map((h) => h.position.line)).toEqual([3]);
    expect(String(service.inlayHints(text, range, { ...en, speaking: { charsPerMinute: 120 } })[0]!.label)).toBe(
      '≈ 6.3 s @120字/分',
    );
  });

  it('shows the shortest and longest path per entry as code lenses on script:, pauses included', () => {
    const flow = script(
      [
        '  - id: ask',
        '    agent: 您对这次服务满意吗？',
        '    pause: 3',
        '    branches:',
        '      - answer: 满意',
        '        next: bye',
        '    otherwise: more',
        '  - id: more',
        '    agent: 非常抱歉，请问有哪些地方让您不满意呢？我们一定改进。',
        '  - id: bye',
        '    agent: 谢谢。',
      ].join('\n'),
      'scenarios:\n  busy:\n    - agent: 我稍后再给您回电。\n      end: hangup\n',
    );
    const lenses = service.codeLenses(flow);
    expect(lenses.map((l) => l.command!.title)).toEqual(['main ≈ 15–24 s', 'busy ≈ 3 s']);
    expect(lenses.every((l) => l.range.start.line === 0 && l.range.end.character === 6)).toBe(true);
    expect(service.codeLenses(flow, zh).map((l) => l.command!.title)).toEqual(['主流程 ≈ 15–24 秒', 'busy ≈ 3 秒']);
    const timings = service.timings(flow);
    expect(timings.map((t) => t.entry)).toEqual(['main', 'busy']);
    expect(timings[0]!.longest - timings[0]!.shortest).toBeCloseTo(
      service.flow(flow).nodes.find((n) => n.key === 'more')!.seconds,
    );
  });

  it('counts each turn of a loop once on the longest path', () => {
    const loop = script(
      '  - id: ask\n    agent: 能听到吗？\n    pause: 3\n    branches:\n      - answer: 能\n        next: go\n    otherwise: ask\n  - id: go\n    agent: 好的。',
    );
    const [main] = service.timings(loop);
    const nodes = service.flow(loop).nodes;
    const sum = nodes.reduce((s, n) => s + n.seconds + n.pause, 0);
    expect(main!.longest).toBeCloseTo(sum);
  });

  it('shows the timing table in the hover of script:', () => {
    const { text: marked, position } = cursor(
      `scr|ipt: 测试\n${script('  - agent: 好的。').split('\n').slice(1).join('\n')}`,
    );
    const hover = service.hover(marked, position, en)!;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**Speaking time** at 190 characters a minute');
    expect(value).toMatch(/\| main \| [\d.]+ s \| [\d.]+ s \|/);
    expect((service.hover(marked, position, zh)!.contents as { value: string }).value).toMatch(
      /\| 主流程 \| [\d.]+ 秒 \|/,
    );
  });

  it('has no lens and no hint for text that is not a script yet, and never throws on half-typed flow', () => {
    expect(service.codeLenses('')).toEqual([]);
    expect(service.inlayHints('- a\n- b')).toEqual([]);
    for (const half of [
      'steps:\n  - agent: 好\n    branches:\n      - answer:',
      'script: x\nscenarios:\n  a:\n    when:',
      'script: x\nsteps:\n  - next:',
    ]) {
      expect(() => service.codeLenses(half)).not.toThrow();
      expect(() => service.inlayHints(half)).not.toThrow();
    }
  });
});
