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
      '您好，{brand}，很高兴为您服务！',
      '您好，{brand}客服中心，工号{agent_id}为您服务，请问有什么可以帮您？',
      '{customer}，您好，我是{brand}客服中心的，您反映的{issue}问题，我们已经给您查实。',
      '您好，这里是{brand}报修热线，我是{agent_id}号，请问您的设备出现了什么问题？',
      '对不起{customer}，非常抱歉，关于您反映的{issue}，稍后给您回复，您看可以吗？',
      '請您稍等，{customer}，我正在為您查詢。',
      '感谢您的来电，祝您周末愉快，再见！',
      '您的订单号是{order_id}，对吗？',
      '【温馨提示】请您保管好个人信息。',
      '（停顿2秒）请问您还有什么需要帮助？',
      '{staff}号客户代表已下班，请问您是否方便告诉我您的问题？',
      '您好，{brand}在线客服为您服务，请问有什么可以帮您？',
      '请按 {1} 键确认（按键提示）',
      '格式 {"a": 1} 不是占位符',
    ]) {
      expect(findings(script(`  - agent: '${line}'`), 'malformed-placeholder'), line).toEqual([]);
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
