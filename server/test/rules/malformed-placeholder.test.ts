import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';
import { fixFirst } from './fixes';

const codeOf = (text: string) => check(text).filter((d) => d.code === 'malformed-placeholder');

describe('malformed-placeholder', () => {
  const cases: Array<[string, string, string]> = [
    ['工号{ agent_id }为您服务', '{ agent_id }', '{agent_id}'],
    ['工号｛agent_id｝为您服务', '｛agent_id｝', '{agent_id}'],
    ['工号{{agent_id}}为您服务', '{{agent_id}}', '{agent_id}'],
    ['工号{{ agent_id }}为您服务', '{{ agent_id }}', '{agent_id}'],
    ['工号｛ａｇｅｎｔ＿ｉｄ｝为您服务', '｛ａｇｅｎｔ＿ｉｄ｝', '{agent_id}'],
    ['工号{agent_id｝为您服务', '{agent_id｝', '{agent_id}'],
    ['{{customer}}，您好', '{{customer}}', '{customer}'],
    ['工号{　agent_id　}', '{　agent_id　}', '{agent_id}'],
    ['工号{ agnet_id }为您服务', '{ agnet_id }', '{agent_id}'],
  ];
  for (const [line, covered, fix] of cases) {
    it(`reports "${covered}" with the fix ${fix}`, () => {
      const text = script(`  - agent: "${line}"`);
      expect(findings(text, 'malformed-placeholder')).toEqual([`malformed-placeholder: ${covered}`]);
      const [d] = codeOf(text);
      expect(d!.message).toBe(`Malformed placeholder "${covered}": it is not filled in; write ${fix}`);
      expect(d!.data).toEqual({ replacements: [fix] });
    });
  }

  it('speaks Chinese', () => {
    const [d] = check(script('  - agent: 工号｛agent_id｝为您服务'), { locale: 'zh' }).filter(
      (x) => x.code === 'malformed-placeholder',
    );
    expect(d!.message).toBe('占位符写法有误：“｛agent_id｝”不会被替换，请写成 {agent_id}');
  });

  it('covers the exact source text in a block scalar and a quoted string with escapes', () => {
    const block = script('  - agent: |\n      您好，\n      工号｛agent_id｝为您服务');
    expect(findings(block, 'malformed-placeholder')).toEqual(['malformed-placeholder: ｛agent_id｝']);
    const escaped = script('  - agent: "\\t工号{ agent_id }"');
    expect(findings(escaped, 'malformed-placeholder')).toEqual(['malformed-placeholder: { agent_id }']);
  });

  it('fixes the text so that it checks clean', () => {
    const text = script('  - agent: 工号｛agent_id｝为您服务');
    const fixed = fixFirst(text, 'malformed-placeholder');
    expect(fixed).toContain('工号{agent_id}为您服务');
    expect(findings(fixed, 'malformed-placeholder', 'unknown-placeholder', 'yaml-syntax')).toEqual([]);
  });

  it('leaves well-formed placeholders, Chinese in braces and half-typed braces alone', () => {
    for (const line of [
      '工号{agent_id}为您服务',
      '{brand}{agent_id}',
      '｛注意｝请核对',
      '工号{',
      '工号{agent_id',
      '工号{ }',
      '{}',
    ]) {
      expect(findings(script(`  - agent: "${line}"`), 'malformed-placeholder'), line).toEqual([]);
    }
  });
});

describe('agent-id-placeholder and malformed placeholders', () => {
  const only = (greeting: string) =>
    findings(`script: x\ngreeting: "${greeting}"\nclosing: 再见\n`, 'agent-id-placeholder');
  it('does not count a malformed {agent_id} as present', () => {
    expect(only('您好，工号{{agent_id}}为您服务')).toEqual(['agent-id-placeholder: greeting']);
    expect(only('您好，工号{ agent_id }为您服务')).toEqual(['agent-id-placeholder: greeting']);
    expect(only('您好，工号｛agent_id｝为您服务')).toEqual(['agent-id-placeholder: greeting']);
  });
  it('still counts {agent_id} next to other placeholders', () => {
    expect(only('您好，{brand}{agent_id}为您服务')).toEqual([]);
    expect(only('{agent_id}')).toEqual([]);
  });
});
