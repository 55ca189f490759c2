import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';
import { fixFirst } from './fixes';

const agent = (line: string) => script(`  - agent: "${line}"`);
const covered = (line: string) => findings(agent(line), 'direct-address');

describe('direct-address', () => {
  const rude: Array<[string, string]> = [
    ['喂，您好，请问是张先生吗？', '喂'],
    ['喂？能听到吗？', '喂'],
    ['喂喂，您还在线吗？', '喂喂'],
    ['嘿，您的设备修好了。', '嘿'],
    ['嘿嘿，这个不归我管。', '嘿嘿'],
    ['  喂 您好', '喂'],
    ['……喂，请讲。', '喂'],
    ['（喂）请问您贵姓？', '喂'],
    ['喂,请问有什么可以帮您?', '喂'],
    ['餵，您好', '餵'],
    ['喂', '喂'],
  ];
  for (const [line, word] of rude) {
    it(`reports "${word}" opening "${line}"`, () => {
      expect(covered(line)).toEqual([`direct-address: ${word}`]);
    });
  }

  const honest = [
    '您好！徐工售后服务部，请问有什么可以帮助您的吗？',
    '您好，我是徐工售后服务部，请问您是{customer}吗？',
    '喂养方面的问题，我们会请专业的同事给您回电。',
    '喂食器的配件我们会尽快为您寄出。',
    '请您再大声一点，喂一声我们就能听到。',
    '您好，您的电话已接通，请讲！',
    '早上好！很高兴为您服务。',
    '对不起，我听不清您的声音，麻烦您声音大一点，好吗？',
    '请问您还有什么需要帮助？',
    '感谢您的来电，再见！',
    '您刚才说“喂，有人吗”，我在的，请讲。',
    '很抱歉，让您久等了。',
    '请您稍等，我帮您查询一下。',
    '您的设备是否有其它异常现象？',
    '非常感谢您的支持，祝您生活愉快！再见！',
    '{customer}，您好，我是12345政府服务热线{agent_id}号话务员。',
    '新年好，很高兴为您服务！',
    '您好，江南云商客服中心为您服务，请问有什么帮助您？',
    '请问您现在方便接听电话吗？',
    '嗯，好的，我记下来了。',
    '好的，先生，我们会尽快安排服务人员为您服务的。',
    '「喂，有人嗎？」您剛才是這樣問的，我在，請講。',
  ];
  for (const line of honest) {
    it(`does not report "${line}"`, () => {
      expect(covered(line)).toEqual([]);
    });
  }

  it('gives the message in both languages', () => {
    const text = agent('喂，您好');
    expect(check(text).find((d) => d.code === 'direct-address')!.message).toBe(
      'Do not call out to the customer with "喂": open with 您好',
    );
    expect(check(text, { locale: 'zh' }).find((d) => d.code === 'direct-address')!.message).toBe(
      '不要用“喂”直呼客户，请以“您好”开头',
    );
  });

  it('removes the call-out before a greeting, and greets instead of it otherwise', () => {
    expect(fixFirst(agent('喂，您好，请问是张先生吗？'), 'direct-address')).toContain(
      'agent: "您好，请问是张先生吗？"',
    );
    expect(fixFirst(agent('嘿，您的设备修好了。'), 'direct-address')).toContain('agent: "您好，您的设备修好了。"');
    expect(fixFirst(script('  - agent: 喂，{customer}您好'), 'direct-address')).toContain("agent: '{customer}您好'");
    expect(fixFirst(agent('喂？'), 'direct-address')).toContain('agent: "您好"');
  });

  it('checks greeting and closing lines, not customer lines or the middle of a line', () => {
    expect(findings('script: x\ngreeting: 喂，工号{agent_id}为您服务\nclosing: 再见\n', 'direct-address')).toEqual([
      'direct-address: 喂',
    ]);
    expect(findings(script('  - customer: 喂，有人吗？'), 'direct-address')).toEqual([]);
  });

  it('handles half-typed lines', () => {
    expect(findings(script('  - agent: 喂'), 'direct-address')).toEqual(['direct-address: 喂']);
    expect(findings(script('  - agent: '), 'direct-address')).toEqual([]);
    expect(findings('script: x\ngreeting: 嘿', 'direct-address')).toEqual(['direct-address: 嘿']);
  });
});
