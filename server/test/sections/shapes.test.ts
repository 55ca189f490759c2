import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseScript } from '../../src/service/parse/scriptModel';
import { sectionEdit } from '../../src/service/features/sectionFix';
import { applyEdits } from '../cursor';

const PHRASE = '感谢您的来电，再见！';

/** Empty values a writer leaves, in block context. */
const EMPTY = [
  '',
  ' ~',
  ' null',
  ' !!null',
  ' !!null ~',
  ' &c',
  ' &c ~',
  ' ""',
  " ''",
  ' |',
  ' >-',
  ' []',
  ' [""]',
  '   # 待补',
  ' &c # 待补',
  ' |  # 待补',
  '\n  - ""',
  '\n  - agent: ""\n    when: 节假日',
  '\n  # 待补\n  - ""',
];

/** Every way of writing the same script: plain, indented, CRLF, BOM, end marker, trailing comments. */
function variants(body: string): string[] {
  const indented = body.replace(/^(?=.)/gm, '  ');
  return [
    body,
    indented,
    body.replace(/\n/g, '\r\n'),
    `\ufeff${body}`,
    `${body}...\n`,
    `# 头注释\n${body}# 尾注释\n`,
    body.replace(/\n$/, ''),
  ];
}

/** The script's values without the section, to check nothing else moved. */
function others(text: string, key: string): unknown {
  const js = parseDocument(text).toJS() as Record<string, unknown>;
  delete js[key];
  return js;
}

describe('the section edit on every shape of an empty or missing section', () => {
  for (const key of ['greeting', 'closing'] as const) {
    it(`fills or adds ${key} and changes nothing else`, () => {
      const bodies = [
        key === 'greeting'
          ? 'script: 测试\nsteps:\n  - agent: 好的\nclosing: 再见\n'
          : 'script: 测试\ngreeting: 您好\nsteps:\n  - agent: 好的\n',
        ...EMPTY.map((empty) => `script: 测试\nbrand: 江南\n${key}:${empty}\nsteps:\n  - agent: 好的  # 备注\n`),
      ];
      const flow = [
        `{script: 测试, steps: [{agent: 好的}]}`,
        `{script: 测试, ${key}: ~, steps: [{agent: 好的}]}`,
        `{script: 测试, ${key}: , steps: []}\n`,
        `{script: 测试, ${key}: [], steps: []}`,
        `{\n  script: 测试,\n  steps: [],\n}\n`,
        `{}`,
      ];
      for (const text of [...bodies.flatMap(variants), ...flow]) {
        expect(parseDocument(text).errors, JSON.stringify(text)).toEqual([]);
        const edit = sectionEdit(parseScript(text), key, PHRASE);
        expect(edit, JSON.stringify(text)).toBeDefined();
        const out = applyEdits(text, [edit!]);
        const doc = parseDocument(out);
        expect(doc.errors, JSON.stringify(out)).toEqual([]);
        const value = (doc.toJS() as Record<string, unknown>)[key];
        expect(Array.isArray(value) ? value[0] : value, JSON.stringify(out)).toBe(PHRASE);
        expect(others(out, key), JSON.stringify(out)).toEqual(others(text, key));
        expect(out.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'));
        if (text.includes('\r\n')) expect(out.replace(/\r\n/g, ''), JSON.stringify(out)).not.toMatch(/[\r\n]/);
        for (const comment of ['# 待补', '# 备注', '# 头注释', '# 尾注释', '...']) {
          if (text.includes(comment)) expect(out, JSON.stringify(out)).toContain(comment);
        }
      }
    });
  }
});
