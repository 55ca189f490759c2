import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { applyEdits, en, service } from '../cursor';
import { findings } from '../util';

const URI = 'file:///work/t.script.yaml';
const HEAD = 'script: 测试\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n';
const TAIL = 'closing: 感谢您的来电，再见！\n';

/** The text after "Waive this problem" on the first diagnostic of `code`. */
function waived(text: string, code: string): string {
  const d = service.validate(text, en).find((x) => x.code === code);
  expect(d, code).toBeDefined();
  const action = service.codeActions(text, URI, d!.range, [d!], en).find((a) => a.title.startsWith('Waive'));
  return applyEdits(text, action!.edit!.changes![URI]!);
}

function fixAll(text: string): string {
  const actions: CodeAction[] = service.codeActions(
    text,
    URI,
    { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    [],
    en,
    ['source.fixAll'],
  );
  const all = actions.find((a) => a.kind === 'source.fixAll.huashu');
  return all ? applyEdits(text, all.edit!.changes![URI]!) : text;
}

describe('waiving a problem next to an existing waiver', () => {
  it('keeps the existing disable-next-line covering its line', () => {
    const userWaiver = '  # huashu-disable-next-line forbidden-phrase -- 培训用的反例\n';
    const text = `${HEAD}${userWaiver}  - agent: 我是1023号，真烦人\n${TAIL}`;
    expect(findings(text, 'forbidden-phrase', 'hardcoded-agent-id')).toEqual(['hardcoded-agent-id: 1023']);
    const out = waived(text, 'hardcoded-agent-id');
    expect(out).toBe(
      `${HEAD}  # huashu-disable-next-line hardcoded-agent-id -- \n${userWaiver}  - agent: 我是1023号，真烦人\n${TAIL}`,
    );
    expect(findings(out, 'forbidden-phrase', 'hardcoded-agent-id', 'unused-waiver')).toEqual([]);
    expect(fixAll(out)).toBe(out);
  });

  it('keeps it when the problem is further down a multi-line string', () => {
    const userWaiver = '  # huashu-disable-next-line hardcoded-agent-id -- 演示工号写法\n';
    const text = `${HEAD}${userWaiver}  - agent: >\n      我是1023号，\n      真烦人\n${TAIL}`;
    expect(findings(text, 'forbidden-phrase', 'hardcoded-agent-id')).toEqual(['forbidden-phrase: 真烦人']);
    const out = waived(text, 'forbidden-phrase');
    expect(out).toBe(
      `${HEAD}  # huashu-disable forbidden-phrase -- \n${userWaiver}  - agent: >\n      我是1023号，\n      真烦人\n  # huashu-enable forbidden-phrase\n${TAIL}`,
    );
    expect(findings(out, 'forbidden-phrase', 'hardcoded-agent-id', 'unused-waiver', 'yaml-syntax')).toEqual([]);
    expect(fixAll(out)).toBe(out);
  });

  it('goes above a whole stack of waivers of the line', () => {
    const stack =
      '  # huashu-disable-next-line forbidden-phrase -- 反例\n  # huashu-disable-next-line legacy-placeholder -- 旧格式\n';
    const text = `${HEAD}${stack}  - agent: 我是1023号，真烦人，**号为您服务\n${TAIL}`;
    const out = waived(text, 'hardcoded-agent-id');
    expect(out).toBe(
      `${HEAD}  # huashu-disable-next-line hardcoded-agent-id -- \n${stack}  - agent: 我是1023号，真烦人，**号为您服务\n${TAIL}`,
    );
    expect(findings(out, 'forbidden-phrase', 'hardcoded-agent-id', 'legacy-placeholder', 'unused-waiver')).toEqual([]);
  });
});

describe('the waiver comment itself', () => {
  it('ends with CRLF in a CRLF file', () => {
    const text = `${HEAD}  - agent: 真烦人\n  - agent: >\n      好的，\n      真烦人\n${TAIL}`.replace(/\n/g, '\r\n');
    const next = waived(text, 'forbidden-phrase');
    expect(next).toContain('\r\n  # huashu-disable-next-line forbidden-phrase -- \r\n  - agent: 真烦人\r\n');
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    const d = service.validate(text, en).filter((x) => x.code === 'forbidden-phrase')[1]!;
    const pair = service.codeActions(text, URI, d.range, [d], en).find((a) => a.title.startsWith('Waive'))!;
    const out = applyEdits(text, pair.edit!.changes![URI]!);
    expect(out).toContain('\r\n  # huashu-disable forbidden-phrase -- \r\n  - agent: >\r\n');
    expect(out).toContain('      真烦人\r\n  # huashu-enable forbidden-phrase\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(findings(out, 'forbidden-phrase', 'yaml-syntax')).toEqual(['forbidden-phrase: 真烦人']);
    expect(service.check(out, en).suppressed).toHaveLength(1);
  });

  it('goes after a byte order mark', () => {
    const text = '\ufeffgreeting: 真烦人，工号{agent_id}\nscript: 测试\nclosing: 再见\n';
    expect(waived(text, 'forbidden-phrase')).toBe(
      '\ufeff# huashu-disable-next-line forbidden-phrase -- \ngreeting: 真烦人，工号{agent_id}\nscript: 测试\nclosing: 再见\n',
    );
  });

  it('goes above the turn, not inside another string that ends on the line of the problem', () => {
    const text = `${HEAD}  - {customer: "我要投诉\n      好吗", agent: 真烦人}\n${TAIL}`;
    expect(waived(text, 'forbidden-phrase')).toBe(
      `${HEAD}  # huashu-disable-next-line forbidden-phrase -- \n  - {customer: "我要投诉\n      好吗", agent: 真烦人}\n${TAIL}`,
    );
    expect(findings(waived(text, 'forbidden-phrase'), 'forbidden-phrase', 'yaml-syntax', 'unused-waiver')).toEqual([]);
  });

  it('does not end a block waiver inside the next string of a flow list', () => {
    const text = `script: 测试\ngreeting: [\n  "您好，工号{agent_id}，\n  真烦人", "再见\n  吧"]\n${TAIL}`;
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 真烦人']);
    const d = service.validate(text, en).find((x) => x.code === 'forbidden-phrase')!;
    const action = service.codeActions(text, URI, d.range, [d], en).find((a) => a.title.startsWith('Waive'));
    expect(action).toBeUndefined();
  });

  it('goes around the top-level key when the string shares its line with another string', () => {
    const text = `script: 测试\ngreeting: ["您好，\n  工号{agent_id}", 真烦人]\n${TAIL}`;
    const out = waived(text, 'forbidden-phrase');
    expect(out).toBe(
      `script: 测试\n# huashu-disable forbidden-phrase -- \ngreeting: ["您好，\n  工号{agent_id}", 真烦人]\n# huashu-enable forbidden-phrase\n${TAIL}`,
    );
    expect(findings(out, 'forbidden-phrase', 'yaml-syntax', 'unused-waiver')).toEqual([]);
  });

  it('is offered for a problem outside the strings only where the comment keeps every value', () => {
    const text = `${HEAD}  - id: a\n    agent: 好的\n    next: b\n${TAIL}`;
    const out = waived(text, 'dangling-next');
    expect(out).toBe(
      `${HEAD}  - id: a\n    agent: 好的\n    # huashu-disable-next-line dangling-next -- \n    next: b\n${TAIL}`,
    );
    expect(findings(out, 'dangling-next', 'unused-waiver')).toEqual([]);
  });
});
