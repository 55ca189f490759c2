import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';
import { fixFirst } from './fixes';

const agent = (line: string) => script(`  - agent: "${line}"`);
const covered = (line: string) => findings(agent(line), 'polite-pronoun');

describe('polite-pronoun', () => {
  // Agent lines of the seeds' situations that say 你 to the customer; each 你/妳 is reported.
  const rude: Array<[string, number]> = [
    ['我理解你的心情，我们会帮您解决问题的。', 1],
    ['我幫你先受理下來，轉交相關部門處理。', 1],
    ['但因你所咨询的业务不属于我公司的业务范畴。', 1],
    ['你好，请问有什么可以帮您？', 1],
    ['请你稍等，我帮您查询一下。', 1],
    ['你的设备现在出现了什么故障？', 1],
    ['麻烦你给这次的服务打一下分好吗？', 1],
    ['妳好，請問有什麼可以幫您？', 1],
    ['你看你的机器编号是多少？', 2],
    ['好的，先生，你及时与我们维修站联系好吗？', 1],
    ['我们会尽快安排服务人员为你服务的。', 1],
    ['请问你贵姓？', 1],
  ];
  for (const [line, count] of rude) {
    it(`reports 你 in "${line}"`, () => {
      expect(covered(line)).toEqual(
        Array<string>(count).fill('polite-pronoun: ' + (line.includes('妳') ? '妳' : '你')),
      );
    });
  }

  // Agent lines that must not be reported: 您, 你们, 迷你, quoted speech, idioms.
  const honest = [
    '您好，徐工售后服务部，请问有什么可以帮助您的吗？',
    '我理解您的心情，我们会帮您解决问题的。',
    '请问你们公司的设备现在在哪里施工？',
    '你们工地上还有几台设备需要检查？',
    '您反映“你们这个产品质量太差了”，我已经记录下来了。',
    '客户原话是「你们老是说服务态度」，我们会转告相关部门。',
    '您刚才说“你马上派人过来”，我们已经安排了。',
    '您是说『你们那的服务人员已经修复好了』，对吗？',
    '这款迷你挖机的保养周期是250小时。',
    '这是你我双方都不愿看到的。',
    '各位请放心，我们会尽快处理。',
    '感谢您的来电，再见！',
    '请您稍等，我正在帮您核实。',
    '您的设备在上个月是否出现过漏油故障？',
    '非常感谢您的支持，祝您生活愉快！再见！',
    '您可以详细的描述一下吗？',
    '您對我們的服務還有什麼建議嗎？',
    '请您留下联系方式，我们将在第一时间内给您答复，好吗？',
    '您好，您的电话已接通，请讲！',
    '对不起，我没有听清您的讲话，麻烦您再重复一遍好吗？',
    '您是想了解保养的信息对吗？',
    '很抱歉给您带来不便，我尽快帮您处理。',
  ];
  for (const line of honest) {
    it(`does not report "${line}"`, () => {
      expect(covered(line)).toEqual([]);
    });
  }

  it('gives the exact range, the message and the fix 您', () => {
    const text = agent('我理解你的心情');
    const [d] = check(text).filter((x) => x.code === 'polite-pronoun');
    expect(d!.range).toEqual({ start: { line: 3, character: 15 }, end: { line: 3, character: 16 } });
    expect(d!.message).toBe('Address the customer as 您, not 你');
    expect(d!.data).toEqual({ replacements: ['您'] });
    const [zh] = check(text, { locale: 'zh' }).filter((x) => x.code === 'polite-pronoun');
    expect(zh!.message).toBe('对客户请称“您”，不要称“你”');
    expect(fixFirst(text, 'polite-pronoun')).toContain('我理解您的心情');
  });

  it('fixes 妳 in Traditional text to 您', () => {
    expect(fixFirst(agent('妳好，請問有什麼可以幫您？'), 'polite-pronoun')).toContain('您好，請問有什麼可以幫您？');
  });

  it('covers 你 written as an escape in a double-quoted string', () => {
    expect(findings(script('  - agent: "我理解\\u4f60的心情"'), 'polite-pronoun')).toEqual(['polite-pronoun: \\u4f60']);
  });

  it('finds 你 in block scalars on the right line', () => {
    expect(findings(script('  - agent: |\n      您好，\n      请你稍等。'), 'polite-pronoun')).toEqual([
      'polite-pronoun: 你',
    ]);
  });

  it('checks the greeting and closing, never customer lines or notes', () => {
    expect(
      findings('script: x\ngreeting: 你好，工号{agent_id}为您服务\nclosing: 祝你生活愉快\n', 'polite-pronoun'),
    ).toEqual(['polite-pronoun: 你', 'polite-pronoun: 你']);
    expect(findings(script('  - customer: 你们快点\n    note: 你先记下'), 'polite-pronoun')).toEqual([]);
  });

  it('leaves a 你 inside a forbidden phrase to forbidden-phrase, whose fix rewrites the phrase', () => {
    const text = agent('你问我，我问谁？');
    expect(findings(text, 'forbidden-phrase')).toHaveLength(1);
    expect(findings(text, 'polite-pronoun')).toEqual([]);
  });

  it('treats a quotation still being typed as a quotation', () => {
    expect(covered('您刚才说“你马上派人')).toEqual([]);
    expect(covered('请你稍等，您刚才说“你马上派人')).toEqual(['polite-pronoun: 你']);
  });

  it('handles half-typed lines', () => {
    expect(findings(script('  - agent: 你'), 'polite-pronoun')).toEqual(['polite-pronoun: 你']);
    expect(findings(script('  - agent: '), 'polite-pronoun')).toEqual([]);
    expect(findings('script: x\ngreeting: 你', 'polite-pronoun')).toEqual(['polite-pronoun: 你']);
  });
});
