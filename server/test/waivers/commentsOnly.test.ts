import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { parseDocument } from 'yaml';
import { parseScript } from '../../src/service/parse/scriptModel';
import { parseWaivers } from '../../src/service/waivers/parseWaivers';
import { applyEdits, en, service } from '../cursor';
import { findings, slice } from '../util';

const URI = 'file:///work/t.script.yaml';
const HEAD = 'script: 测试\ngreeting: 您好，工号{agent_id}为您服务。\n';
const TAIL = 'closing: 感谢您的来电，再见！\n';

/** The source text of every waiver read from `text`. */
const read = (text: string) => parseWaivers(parseScript(text)).map((w) => text.slice(w.start, w.end));

/** The text after the "fix all" source action. */
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

describe('waivers are read from comments only', () => {
  const inStrings: Array<[string, string]> = [
    [
      'a literal block',
      `${HEAD}brand: |\n  # huashu-disable-next-line forbidden-phrase -- 品牌口号\n  江南客服\nsteps:\n  - agent: 好的\n${TAIL}`,
    ],
    [
      'a multi-line double-quoted string',
      `${HEAD}steps:\n  - agent: 好的\n    note: "写豁免的方法：\n      # huashu-disable-next-line forbidden-phrase -- 原因\n      写在那一行上面"\n${TAIL}`,
    ],
    [
      'a multi-line single-quoted string',
      `${HEAD}steps:\n  - agent: 好的\n    note: '单引号\n\n      # huashu-enable forbidden-phrase\n      结束'\n${TAIL}`,
    ],
    [
      'a multi-line plain string',
      `${HEAD}steps:\n  - agent: 好的\n    note: 多行的说明\n      写法#huashu-disable forbidden-phrase -- 不是注释\n      第三行\n${TAIL}`,
    ],
    [
      'a folded block',
      `${HEAD}steps:\n  - agent: >\n      好的\n      # huashu-disable-next-line -- 折叠块里的文字\n${TAIL}`,
    ],
  ];

  for (const [where, text] of inStrings) {
    it(`ignores a waiver-looking line in ${where}`, () => {
      expect(parseDocument(text).errors).toEqual([]);
      expect(read(text)).toEqual([]);
      expect(findings(text, 'unused-waiver', 'waiver-reason')).toEqual([]);
      expect(fixAll(text)).toBe(text);
    });
  }

  it('reads comments in every place the syntax allows them', () => {
    const text =
      '# huashu-disable forbidden-phrase -- 整个文件是反例\n' +
      `${HEAD}steps: # huashu-disable-next-line -- 键后\n` +
      '  - agent: [好的, # huashu-enable forbidden-phrase\n      再见]\n' +
      `${TAIL}...\n# huashu-disable-next-line -- 文档后\n`;
    expect(read(text)).toEqual([
      '# huashu-disable forbidden-phrase -- 整个文件是反例',
      '# huashu-disable-next-line -- 键后',
      '# huashu-enable forbidden-phrase',
      '# huashu-disable-next-line -- 文档后',
    ]);
  });

  it('gives each waiver the line of its comment, from the document positions', () => {
    const text = `${HEAD}steps:\r\n  # huashu-disable-next-line forbidden-phrase -- 反例\r\n  - agent: 真烦人\r\n${TAIL}`;
    const [w] = parseWaivers(parseScript(text));
    expect(w!.line).toBe(3);
    expect(findings(text, 'forbidden-phrase')).toEqual([]);
  });
});

describe('removing an unused waiver', () => {
  const removal = (text: string) => {
    const d = service.validate(text, en).find((x) => x.code === 'unused-waiver')!;
    expect(slice(text, d.range)).toMatch(/^# huashu-/);
    const fix = service.codeActions(text, URI, d.range, [d], en).find((a) => a.title === 'Remove this waiver comment')!;
    return applyEdits(text, fix.edit!.changes![URI]!);
  };

  it('removes a whole comment line with its line break', () => {
    const text = `${HEAD}steps:\n  # huashu-disable-next-line forbidden-phrase -- 旧的\n  - agent: 好的\n${TAIL}`;
    expect(removal(text)).toBe(`${HEAD}steps:\n  - agent: 好的\n${TAIL}`);
  });

  it('removes a CRLF line break too', () => {
    const text =
      'script: 测试\r\ngreeting: 您好，工号{agent_id}为您服务。\r\n# huashu-disable-next-line -- 旧的\r\nclosing: 感谢您的来电，再见！\r\n';
    expect(removal(text)).toBe(
      'script: 测试\r\ngreeting: 您好，工号{agent_id}为您服务。\r\nclosing: 感谢您的来电，再见！\r\n',
    );
  });

  it('removes only the comment when it trails other content', () => {
    const text = `${HEAD}steps:\n  - agent: 好的  # huashu-disable-next-line forbidden-phrase -- 旧的\n  - agent: 请稍等\n${TAIL}`;
    expect(removal(text)).toBe(`${HEAD}steps:\n  - agent: 好的\n  - agent: 请稍等\n${TAIL}`);
  });

  it('removes the last line of a file without a final line break', () => {
    const text = `${HEAD}${TAIL}# huashu-disable-next-line -- 旧的`;
    expect(removal(text)).toBe(`${HEAD}${TAIL}`);
  });

  it('keeps the byte order mark when the first line goes', () => {
    const text = `\ufeff# huashu-disable-next-line -- 旧的\n${HEAD}${TAIL}`;
    expect(removal(text)).toBe(`\ufeff${HEAD}${TAIL}`);
  });

  it('keeps a waiver-looking line inside a string when fix-all removes unused waivers', () => {
    const text = `${HEAD}brand: |\n  # huashu-disable-next-line -- 口号\n  江南\n# huashu-disable-next-line forbidden-phrase -- 旧的\n${TAIL}`;
    expect(fixAll(text)).toBe(`${HEAD}brand: |\n  # huashu-disable-next-line -- 口号\n  江南\n${TAIL}`);
  });
});
