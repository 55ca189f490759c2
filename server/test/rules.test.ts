import { describe, expect, it } from 'vitest';
import { check, findings, script, service, slice } from './util';

describe('greeting-required and closing-required', () => {
  it('reports a missing greeting on the script key', () => {
    expect(findings('script: 测试\nclosing: 再见\n', 'greeting-required')).toEqual(['greeting-required: script']);
  });
  it('reports an empty greeting on its key', () => {
    expect(findings('script: 测试\ngreeting: ""\nclosing: 再见\n', 'greeting-required')).toEqual(['greeting-required: greeting']);
    expect(findings('script: 测试\ngreeting: []\nclosing: 再见\n', 'greeting-required')).toEqual(['greeting-required: greeting']);
  });
  it('reports a missing or empty closing', () => {
    expect(findings('script: 测试\ngreeting: 您好\n', 'closing-required')).toEqual(['closing-required: script']);
    expect(findings('script: 测试\ngreeting: 您好\nclosing:\n', 'closing-required')).toEqual(['closing-required: closing']);
  });
  it('accepts a closing list of variants', () => {
    expect(findings('script: x\ngreeting: 您好\nclosing:\n  - agent: 再见\n    when: 节日\n', 'closing-required')).toEqual([]);
  });
});

describe('agent-id-placeholder', () => {
  it('reports a script that never says {agent_id}, on the greeting key', () => {
    expect(findings('script: x\ngreeting: 您好\nclosing: 再见\n', 'agent-id-placeholder')).toEqual(['agent-id-placeholder: greeting']);
  });
  it('accepts {agent_id} anywhere in agent speech', () => {
    expect(findings('script: x\ngreeting: 您好\nsteps:\n  - agent: 我是{agent_id}号\nclosing: 再见\n', 'agent-id-placeholder')).toEqual([]);
  });
  it('does not count {agent_id} in a customer line', () => {
    expect(findings('script: x\ngreeting: 您好\nsteps:\n  - customer: "{agent_id}"\nclosing: 再见\n', 'agent-id-placeholder')).toHaveLength(1);
  });
});

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
      expect(findings(script(`  - agent: ${line}`), 'hardcoded-agent-id')).toEqual(expected.map((e) => `hardcoded-agent-id: ${e}`));
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

describe('legacy-placeholder', () => {
  it('flags **号 and offers {agent_id}', () => {
    const text = script('  - agent: 我是**号');
    expect(findings(text, 'legacy-placeholder')).toEqual(['legacy-placeholder: **号']);
    expect(check(text).find((d) => d.code === 'legacy-placeholder')!.data).toMatchObject({ replacements: ['{agent_id}'] });
  });
  it('flags ××号, XX号 and xxx', () => {
    expect(findings(script('  - agent: 我是××号'), 'legacy-placeholder')).toEqual(['legacy-placeholder: ××号']);
    expect(findings(script('  - agent: 我是XX号'), 'legacy-placeholder')).toEqual(['legacy-placeholder: XX号']);
    expect(findings(script('  - agent: 我的工号是xxx'), 'legacy-placeholder')).toEqual(['legacy-placeholder: xxx']);
  });
  it('flags XX先生/女士 and offers {customer} for the whole form of address', () => {
    const text = script('  - agent: XX先生/女士，您好');
    expect(findings(text, 'legacy-placeholder')).toEqual(['legacy-placeholder: XX先生/女士']);
    expect(check(text).find((d) => d.code === 'legacy-placeholder')!.data).toMatchObject({ replacements: ['{customer}'] });
  });
  it('leaves ordinary words and customer lines alone', () => {
    expect(findings(script('  - agent: 请打开 xbox 设置'), 'legacy-placeholder')).toEqual([]);
    expect(findings(script('  - customer: 我是**号'), 'legacy-placeholder')).toEqual([]);
  });
});

describe('unknown-placeholder', () => {
  it('names the nearest known placeholder', () => {
    const text = script('  - agent: 请{agnet_id}稍等');
    const d = check(text).find((x) => x.code === 'unknown-placeholder')!;
    expect(findings(text, 'unknown-placeholder')).toEqual(['unknown-placeholder: {agnet_id}']);
    expect(d.message).toBe('Unknown placeholder {agnet_id}: did you mean {agent_id}?');
    expect(d.data).toEqual({ replacements: ['{agent_id}'] });
  });
  it('lists the known names for a name that is nowhere near', () => {
    const d = check(script('  - agent: 请{zzzzzzzz}稍等')).find((x) => x.code === 'unknown-placeholder')!;
    expect(d.message).toMatch(/^Unknown placeholder \{zzzzzzzz\}; known placeholders: .*\{agent_id\}/);
  });
  it('accepts known placeholders', () => {
    expect(findings(script('  - agent: "{customer}，{brand}欢迎您"'), 'unknown-placeholder')).toEqual([]);
  });
});

describe('yaml-syntax and schema', () => {
  it('reports YAML that does not parse', () => {
    const d = check('script: x\ngreeting: "unterminated\n');
    expect(d.some((x) => x.code === 'yaml-syntax' && x.severity === 1)).toBe(true);
  });
  it('reports duplicate keys', () => {
    expect(check('script: x\nscript: y\n').some((d) => d.code === 'yaml-syntax')).toBe(true);
  });
  it('reports a turn with both agent and customer, on the second speaker', () => {
    expect(findings(script('  - agent: 好\n    customer: 好'), 'schema')).toEqual(['schema: customer']);
  });
  it('reports a turn with no speaker', () => {
    expect(findings(script('  - id: x'), 'schema')).toEqual(['schema: id: x']);
  });
  it('reports unknown keys, a bad channel and a missing script name', () => {
    expect(findings('greeting: 您好{agent_id}\nclosing: 再见\nchannel: fax\ntitle: x\n', 'schema')).toEqual([
      'schema: greeting',
      'schema: fax',
      'schema: title',
    ]);
  });
  it('reports duplicate turn ids', () => {
    expect(findings(script('  - id: a\n    agent: 好\n  - id: a\n    agent: 好'), 'schema')).toEqual(['schema: a']);
  });
  it('reports a top level that is not a mapping', () => {
    expect(findings('- a\n- b\n', 'schema')).toEqual(['schema: - a\n- b']);
  });
  it('does not crash on an empty file', () => {
    expect(check('').map((d) => d.code)).toEqual(['greeting-required', 'closing-required']);
  });
});

describe('settings', () => {
  it('turns a rule off or changes its severity', () => {
    const text = script('  - agent: 我是**号');
    expect(check(text, { rules: { 'legacy-placeholder': 'off' } }).some((d) => d.code === 'legacy-placeholder')).toBe(false);
    expect(check(text, { rules: { 'legacy-placeholder': 'error' } }).find((d) => d.code === 'legacy-placeholder')!.severity).toBe(1);
  });
});

describe('a value that starts with a placeholder', () => {
  const text = script('  - agent: {customer}，您好\n  - {customer}，再见');

  it('is one clear yaml-syntax finding per line, on the value, with the quoted value as its fix', () => {
    const d = check(text);
    expect(d.map((x) => `${String(x.code)}: ${slice(text, x.range)}`)).toEqual([
      'yaml-syntax: {customer}，您好',
      'yaml-syntax: {customer}，再见',
    ]);
    expect(d[0]!.message).toBe("A value that starts with a placeholder must be quoted, or YAML reads {customer} as a mapping: write '{customer}，您好'");
    expect(d[0]!.data).toEqual({ replacements: ["'{customer}，您好'"] });
  });

  it('is fixed by its quick fix', () => {
    const [d] = check(text);
    const [fix] = service.codeActions(text, 'file:///x', d!.range, [d!], { locale: 'en', rules: {} });
    const edit = fix!.edit!.changes!['file:///x']![0]!;
    const lines = text.split('\n');
    const line = lines[edit.range.start.line]!;
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    const fixed = lines.join('\n');
    expect(fixed).toContain("  - agent: '{customer}，您好'\n");
    expect(check(fixed).filter((x) => x.code === 'yaml-syntax')).toHaveLength(1);
  });
});
