import { describe, expect, it } from 'vitest';
import { findAgentNumbers } from '../../src/service/rules/agentNumber';
import { foldText } from '../../src/service/text/fold';
import { check, findings, script } from '../util';
import { fixFirst } from './fixes';

/** The texts the finder reports in `line`. */
const found = (line: string) => findAgentNumbers(foldText(line)).map(([start, end]) => line.slice(start, end));

describe('findAgentNumbers', () => {
  const agentNumbers: Array<[string, string[]]> = [
    ['我的工号是一零二三', ['一零二三']],
    ['工号幺零二三为您服务', ['幺零二三']],
    ['一〇二三号话务员为您服务', ['一〇二三']],
    ['我是客服1023', ['1023']],
    ['工号A1023为您服务', ['A1023']],
    ['1023为您服务', ['1023']],
    ['您好，我是一零二三号，很高兴为您服务', ['一零二三']],
    ['我是話務員一零二三', ['一零二三']],
    ['客服代表幺幺八为您服务', ['幺幺八']],
    ['工號：ＡＢ１０２３', ['ＡＢ１０２３']],
    ['您好，江南云商客服中心1023号很高兴为您服务', ['1023']],
    ['我是客服1023号', ['1023']],
    ['我是客服1023，很高兴为您服务', ['1023']],
    ['我是1023', ['1023']],
    ['您好，8848为您服务', ['8848']],
  ];
  for (const [line, expected] of agentNumbers) {
    it(`finds ${expected.join(', ')} in "${line}"`, () => {
      expect(found(line)).toEqual(expected);
    });
  }

  const notAgentNumbers = [
    '您的设备在2023年10月24日是否出现过故障？',
    '我是2023年入职的，请您放心。',
    '服务站地址是人民路1023号。',
    '请您到3号窗口办理。',
    '我是1023号窗口的工作人员。',
    '您的订单号是20231024，对吗？',
    '请拨打我公司的报修电话400-188-3977。',
    '13800138000这个电话能联系到您吗？',
    '12345政府服务热线为您服务。',
    '这个配件1023元。',
    '我们会在24小时内为您服务。',
    '保养一次大约需要一百二十分钟。',
    '我们会一一为您解答。',
    '请拨打幺幺四进行咨询。',
    '我是一名客服专员，很高兴为您服务。',
    '满分10分，请您分别打个分。',
    '您好，{brand}，工号{agent_id}为您服务。',
    '7x24小时为您服务。',
    '第一二三条都已经为您核实过了。',
    '我是张三，很高兴认识您。',
    '请您在十二月二十日前完成缴费。',
    '我是12345政府服务热线{agent_id}号话务员。',
    '您好，114为您服务。',
    '您好，95588为您服务，请问有什么可以帮您？',
    '我是2023届的新员工，很高兴为您服务。',
  ];
  for (const line of notAgentNumbers) {
    it(`finds nothing in "${line}"`, () => {
      expect(found(line)).toEqual([]);
    });
  }
});

describe('hardcoded-agent-id, numbers in any form', () => {
  it('reports spoken numbers, letter prefixes and 1023为您服务 with the {agent_id} fix', () => {
    for (const [line, number] of [
      ['我的工号是一零二三', '一零二三'],
      ['一〇二三号话务员为您服务', '一〇二三'],
      ['我是客服1023', '1023'],
      ['工号A1023为您服务', 'A1023'],
      ['1023为您服务', '1023'],
    ]) {
      const text = script(`  - agent: ${line!}`);
      expect(findings(text, 'hardcoded-agent-id'), line).toEqual([`hardcoded-agent-id: ${number!}`]);
      const d = check(text).find((x) => x.code === 'hardcoded-agent-id')!;
      expect(d.message).toBe(`Hard-coded agent number "${number!}": use the {agent_id} placeholder`);
      expect(d.data).toMatchObject({ replacements: ['{agent_id}'] });
    }
  });

  it('fixes 工号A1023 to 工号{agent_id}', () => {
    expect(fixFirst(script('  - agent: 工号A1023为您服务'), 'hardcoded-agent-id')).toContain(
      'agent: 工号{agent_id}为您服务',
    );
  });

  it('reports a number once when a digit pattern and the finder both see it', () => {
    expect(findings(script('  - agent: 工号1023为您服务'), 'hardcoded-agent-id')).toEqual(['hardcoded-agent-id: 1023']);
  });

  it('finds nothing on half-typed lines', () => {
    for (const line of ['工号', '工号一', '我是客服', '为您服务', '']) {
      expect(findings(script(`  - agent: ${line}`), 'hardcoded-agent-id'), line).toEqual([]);
    }
  });
});
