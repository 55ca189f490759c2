import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore } from '../../src/files/configStore';
import { check, findings, script } from '../util';

const agent = (line: string) => script(`  - agent: "${line}"`);
const covered = (line: string) => findings(agent(line), 'price-quote');

describe('price-quote', () => {
  // Seed 002: a callback agent asked about machine or part prices quotes none of them.
  const quotes: Array<[string, string[]]> = [
    ['这个配件860块', ['860块']],
    ['大概三千元左右', ['三千元']],
    ['這個配件860塊', ['860塊']],
    ['水泵的价格是1200元。', ['1200元']],
    ['这台挖机的报价大概在三十万元。', ['三十万元']],
    ['更换三滤要八百多块钱，您看可以吗？', ['八百多块钱']],
    ['配件费一共￥1,280，工时另算。', ['￥1,280']],
    ['那款压路机差不多45万元', ['45万元']],
    ['保养一次收您五百元', ['五百元']],
    ['这种机油两百元一桶，那种三百元一桶。', ['两百元', '三百元']],
    ['上门检查至少200元起', ['200元']],
    ['原装液压泵的售价是 RMB 9800', ['RMB 9800']],
    ['這款零件的價格大約兩千圓', ['兩千圓']],
    ['这次保养的费用是800元', ['800元']],
  ];
  for (const [line, amounts] of quotes) {
    it(`reports ${amounts.join(', ')} in "${line}"`, () => {
      expect(covered(line)).toEqual(amounts.map((a) => `price-quote: ${a}`));
    });
  }

  // Amounts that are not quotes, and numbers that are not money, from the seeds' situations.
  const honest = [
    '退款五百元已到账，请您注意查收。',
    '满分10分，请您分别打个分，好吗？',
    '我们会在1小时内给您电话回复。',
    '您的设备在3月5日是否出现过漏油故障？',
    '请拨打我公司的报修电话400-188-3977。',
    '您的订单号是20231024，对吗？',
    '13800138000这个电话能联系到您吗？',
    '每个在施工程回访时间为工程开工后10日左右。',
    '您这个月的话费比上个月多了三十元，我跟您解释一下为什么会多出这部分。',
    '停机是因为账户欠费三元，缴费后两小时内会自动恢复。',
    '这次给您补偿50元，已经退回到您的原支付账户。',
    '您账户余额还有120元。',
    '关于价格的问题，我会通知负责这一块的工作人员跟您取得联系。',
    '配件价格请以服务站的报价单为准，负责的同事稍后给您回电。',
    '这个配件需要两块电池，服务人员会一起带过去。',
    '请在一块平整的场地上停放设备。',
    '保养周期是250小时，请您留意。',
    '机器已经工作了3000小时，建议您做一次整机检查。',
    '请您在48小时内留意我们的回电。',
    '您的充值100元已经到账。',
    '押金500元会在归还设备后退还给您。',
    '我们是12345政府服务热线，请问有什么可以帮到您？',
    '这台设备的编号是XG2023001，对吗？',
    '价格这一块我会请负责的同事给您回电。',
    '这一块的问题由服务站的同事跟进，报价以他们为准。',
    '这个问题我们会在3个工作日内给您答复。',
    '这款机型的保修期是12个月。',
    '多收的费用50元已经退还到您的账户。',
    '这个2024元旦活动您参加了吗？',
    '这个正月十五元宵节我们照常为您服务。',
  ];
  for (const line of honest) {
    it(`does not report "${line}"`, () => {
      expect(covered(line)).toEqual([]);
    });
  }

  it('gives the exact range and the message in both languages', () => {
    const text = agent('这个配件860块');
    const [d] = check(text).filter((x) => x.code === 'price-quote');
    expect(d!.range).toEqual({ start: { line: 3, character: 16 }, end: { line: 3, character: 20 } });
    expect(d!.message).toBe(
      'Price quote "860块": do not quote machine or part prices; tell the customer the person responsible will call back',
    );
    const [zh] = check(text, { locale: 'zh' }).filter((x) => x.code === 'price-quote');
    expect(zh!.message).toBe('报价“860块”：不要擅自报机价或配件价格，请告诉客户会由负责的同事与他联系');
  });

  it('never checks customer lines', () => {
    expect(findings(script('  - customer: 这个配件多少钱？是不是860块？'), 'price-quote')).toEqual([]);
  });

  it('is turned off for a folder with overrides in .huashu.yaml', () => {
    const root = mkdtempSync(join(tmpdir(), 'huashu-price-'));
    mkdirSync(join(root, 'sales'));
    writeFileSync(join(root, '.huashu.yaml'), 'overrides:\n  - files: "sales/**"\n    rules: { price-quote: off }\n');
    const store = new ConfigStore('docs', root);
    const quoted = (path: string) => {
      const { service, settings } = store.forScript(join(root, path), { locale: 'en', rules: {} });
      return service.validate(agent('这个配件860块'), settings).filter((d) => d.code === 'price-quote').length;
    };
    expect(quoted('sales/a.script.yaml')).toBe(0);
    expect(quoted('callback/a.script.yaml')).toBe(1);
  });

  it('handles half-typed lines', () => {
    expect(findings(script('  - agent: 这个配件860'), 'price-quote')).toEqual([]);
    expect(findings(script('  - agent: 这个配件860块'), 'price-quote')).toEqual(['price-quote: 860块']);
    expect(findings(script('  - agent: ￥'), 'price-quote')).toEqual([]);
    expect(findings(script('  - agent: '), 'price-quote')).toEqual([]);
  });
});
