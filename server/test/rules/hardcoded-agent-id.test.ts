import { describe, expect, it } from 'vitest';
import { check, findings, script } from '../util';

describe('hardcoded-agent-id', () => {
  const cases: Array<[string, string[]]> = [
    ['我是1023号，很高兴为您服务', ['1023']],
    ['工号是 8848', ['8848']],
    ['工號：8848', ['8848']],
    ['1023号话务员为您服务', ['1023']],
    ['客服代表 5566 为您服务', ['5566']],
    ['工号１０２３', ['１０２３']],
  ];
  for (const [line, expected] of cases) {
    it(`flags the number in "${line}"`, () => {
      expect(findings(script(`  - agent: ${line}`), 'hardcoded-agent-id')).toEqual(
        expected.map((e) => `hardcoded-agent-id: ${e}`),
      );
    });
  }
  const clean = [
    '请拨打我公司的报修电话400-188-3977',
    '建议您拨打114号进行咨询',
    '满分10分，请您打个分',
    '我们会在1小时内给您回复',
    '您的订单号是 20231024，对吗？',
    '13800138000 这个电话能联系到您吗？',
    '请您在14:00点后进行咨询',
    '12345政府服务热线',
  ];
  for (const line of clean) {
    it(`does not flag "${line}"`, () => {
      expect(findings(script(`  - agent: ${line}`), 'hardcoded-agent-id')).toEqual([]);
    });
  }
  it('offers {agent_id} as the fix', () => {
    const d = check(script('  - agent: 我是1023号')).find((x) => x.code === 'hardcoded-agent-id')!;
    expect(d.data).toEqual({ replacements: ['{agent_id}'] });
  });
});
