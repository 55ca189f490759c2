import { describe, expect, it } from 'vitest';
import { applyEdits, en, service } from '../cursor';
import { findings } from '../util';

const URI = 'file:///work/t.script.yaml';
/** A greeting with a lone CR inside its string: LSP counts a line break there, YAML does not. */
const HEAD = 'script: 测试\ngreeting: "您好，\r工号{agent_id}"\nsteps:\n';

describe('waivers and sections below a lone CR', () => {
  it('apply, remove and insert on the lines the document positions give', () => {
    const text = `${HEAD}  # huashu-disable-next-line forbidden-phrase -- 旧的\n  - agent: 好的\n  # huashu-disable-next-line forbidden-phrase -- 反例\n  - agent: 真烦人\nclosing: 再见\n`;
    expect(findings(text, 'forbidden-phrase')).toEqual([]);
    const unused = service.validate(text, en).find((x) => x.code === 'unused-waiver')!;
    const remove = service
      .codeActions(text, URI, unused.range, [unused], en)
      .find((a) => a.title === 'Remove this waiver comment')!;
    expect(applyEdits(text, remove.edit!.changes![URI]!)).toBe(
      text.replace('  # huashu-disable-next-line forbidden-phrase -- 旧的\n', ''),
    );

    const bare = `${HEAD}  - agent: 真烦人\n`;
    const problem = service.validate(bare, en).find((x) => x.code === 'forbidden-phrase')!;
    const waive = service
      .codeActions(bare, URI, problem.range, [problem], en)
      .find((a) => a.title.startsWith('Waive'))!;
    expect(applyEdits(bare, waive.edit!.changes![URI]!)).toBe(
      `${HEAD}  # huashu-disable-next-line forbidden-phrase -- \n  - agent: 真烦人\n`,
    );
    const missing = service.validate(bare, en).find((x) => x.code === 'closing-required')!;
    const add = service.codeActions(bare, URI, missing.range, [missing], en).find((a) => a.title.startsWith('Add'))!;
    expect(applyEdits(bare, add.edit!.changes![URI]!)).toBe(`${bare}closing: 感谢您的来电，再见！\n`);
  });
});
