import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { parseScript } from '../../src/service/parse/scriptModel';
import { sectionEdit } from '../../src/service/features/sectionFix';
import { applyEdits, en, service } from '../cursor';

const URI = 'file:///work/t.script.yaml';
const GREETING = '您好，{brand}，{agent_id}号为您服务！';
const CLOSING = '感谢您的来电，再见！';

/** The text after the "Add the greeting/closing" quick fix of `code`. */
function fixed(text: string, code: 'greeting-required' | 'closing-required'): string {
  const d = service.validate(text, en).find((x) => x.code === code);
  expect(d, `${code} on ${JSON.stringify(text)}`).toBeDefined();
  const action = service.codeActions(text, URI, d!.range, [d!], en).find((a) => a.title.startsWith('Add the'));
  expect(action, `a fix for ${code}`).toBeDefined();
  return applyEdits(text, action!.edit!.changes![URI]!);
}

/** Parses `text` and returns its top-level values; fails on any YAML error. */
function reread(text: string): Record<string, unknown> {
  const doc = parseDocument(text);
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

describe('adding a missing greeting or closing', () => {
  it('fills an empty block scalar without eating the line break or the next key', () => {
    const text = 'script: 测试\ngreeting: |\nclosing: 工号{agent_id}，再见\n';
    expect(fixed(text, 'greeting-required')).toBe(
      `script: 测试\ngreeting: ${GREETING}\nclosing: 工号{agent_id}，再见\n`,
    );
    expect(reread(fixed(text, 'greeting-required'))).toEqual({
      script: '测试',
      greeting: GREETING,
      closing: '工号{agent_id}，再见',
    });
  });

  it('keeps a trailing comment a comment and puts the value before it', () => {
    const text = 'script: 测试\ngreeting:   # TODO 待法务审核后补上\nclosing: 工号{agent_id}，再见\n';
    const out = fixed(text, 'greeting-required');
    expect(out).toBe(`script: 测试\ngreeting: ${GREETING}   # TODO 待法务审核后补上\nclosing: 工号{agent_id}，再见\n`);
    expect(reread(out).greeting).toBe(GREETING);
  });

  it('replaces the explicit empty values ~, null and !!null, and keeps an anchor', () => {
    for (const [empty, written] of [
      ['~', GREETING],
      ['null', GREETING],
      ['NULL', GREETING],
      ['!!null', GREETING],
      ['!!null ~', GREETING],
      ['&g', `&g ${GREETING}`],
      ['&g ~', `&g ${GREETING}`],
    ]) {
      const text = `script: 测试\ngreeting: ${empty}\nclosing: 工号{agent_id}，再见\n`;
      const out = fixed(text, 'greeting-required');
      expect(out, empty).toBe(`script: 测试\ngreeting: ${written}\nclosing: 工号{agent_id}，再见\n`);
      expect(reread(out).greeting, empty).toBe(GREETING);
    }
  });

  it('follows the indentation of a document whose keys are at column 2', () => {
    const text = '  script: 测试\n  steps:\n    - agent: 工号{agent_id}为您服务\n';
    expect(fixed(text, 'greeting-required')).toBe(
      `  script: 测试\n  greeting: ${GREETING}\n  steps:\n    - agent: 工号{agent_id}为您服务\n`,
    );
    const out = fixed(text, 'closing-required');
    expect(out).toBe(`${text}  closing: ${CLOSING}\n`);
    expect(reread(out).closing).toBe(CLOSING);
  });

  it('adds a closing before the document end marker', () => {
    const text = 'script: 测试\ngreeting: 工号{agent_id}为您服务\n...\n';
    const out = fixed(text, 'closing-required');
    expect(out).toBe(`script: 测试\ngreeting: 工号{agent_id}为您服务\nclosing: ${CLOSING}\n...\n`);
    expect(reread(out).closing).toBe(CLOSING);
  });

  it('adds keys to a flow document, quoting what a flow mapping would split', () => {
    const text = "{script: 测试, steps: [{agent: '工号{agent_id}为您服务'}]}";
    const greeting = fixed(text, 'greeting-required');
    expect(greeting).toBe(`{script: 测试, greeting: '${GREETING}', steps: [{agent: '工号{agent_id}为您服务'}]}`);
    expect(reread(greeting).greeting).toBe(GREETING);
    const closing = fixed(text, 'closing-required');
    expect(closing).toBe(`{script: 测试, steps: [{agent: '工号{agent_id}为您服务'}], closing: ${CLOSING}}`);
    expect(reread(closing)).toMatchObject({ script: '测试', closing: CLOSING });
  });

  it('fills an empty value in a flow document', () => {
    const text = "{script: 测试, greeting: , closing: '工号{agent_id}再见'}";
    const out = fixed(text, 'greeting-required');
    expect(reread(out)).toEqual({ script: '测试', greeting: GREETING, closing: '工号{agent_id}再见' });
  });

  it('puts a new first key after the byte order mark', () => {
    const text = '\ufeffsteps:\n  - agent: 工号{agent_id}为您服务\n';
    const out = fixed(text, 'greeting-required');
    expect(out).toBe(`\ufeffgreeting: ${GREETING}\nsteps:\n  - agent: 工号{agent_id}为您服务\n`);
    expect(reread(out).greeting).toBe(GREETING);
  });

  it('ends inserted lines with CRLF in a CRLF file', () => {
    const text = 'script: 测试\r\nchannel: phone\r\nsteps:\r\n  - agent: 工号{agent_id}为您服务\r\n';
    expect(fixed(text, 'greeting-required')).toBe(
      `script: 测试\r\nchannel: phone\r\ngreeting: ${GREETING}\r\nsteps:\r\n  - agent: 工号{agent_id}为您服务\r\n`,
    );
    expect(fixed(text, 'closing-required')).toBe(`${text}closing: ${CLOSING}\r\n`);
    const bare = 'script: 测试\r\ngreeting: 工号{agent_id}';
    expect(fixed(bare, 'closing-required')).toBe(`${bare}\r\nclosing: ${CLOSING}\r\n`);
  });

  it('adds a list item to an empty flow list', () => {
    const out = fixed('script: 测试\ngreeting: 工号{agent_id}\nclosing: []\n', 'closing-required');
    expect(out).toBe(`script: 测试\ngreeting: 工号{agent_id}\nclosing: [${CLOSING}]\n`);
    expect(reread(out).closing).toEqual([CLOSING]);
  });

  it('writes an empty document as one key', () => {
    expect(fixed('', 'greeting-required')).toBe(`greeting: ${GREETING}\n`);
    expect(fixed('# 新话术\n', 'closing-required')).toBe(`# 新话术\nclosing: ${CLOSING}\n`);
  });
});

describe('sectionEdit writes a valid value for its place', () => {
  const edited = (text: string, key: 'greeting' | 'closing', phrase: string) => {
    const edit = sectionEdit(parseScript(text), key, phrase);
    expect(edit).toBeDefined();
    return applyEdits(text, [edit!]);
  };
  const phrases = [
    '请注意: 这是 #1 号方案',
    '- 感谢您',
    "it's {ok}",
    '[再见]',
    'true',
    '123',
    '再见 ',
    '第一行\n第二行',
    '引号"和\\反斜杠',
    '@再见',
  ];
  const shapes = [
    'script: 测试\ngreeting: 工号{agent_id}\n',
    'script: 测试\ngreeting: 工号{agent_id}\nclosing:\n',
    'script: 测试\ngreeting: 工号{agent_id}\nclosing: ""\n',
    'script: 测试\ngreeting: 工号{agent_id}\nclosing: |\n',
    'script: 测试\ngreeting: 工号{agent_id}\nclosing:\n  - ""\n',
    'script: 测试\ngreeting: 工号{agent_id}\nclosing: []\n',
    "{script: 测试, greeting: '工号{agent_id}'}",
    "{script: 测试, greeting: '工号{agent_id}', closing: ~}",
    "{script: 测试, greeting: '工号{agent_id}', closing: ['']}",
    '  script: 测试\r\n  greeting: 工号{agent_id}\r\n...\r\n',
  ];
  for (const shape of shapes) {
    it(`in ${JSON.stringify(shape)}`, () => {
      for (const phrase of phrases) {
        const doc = parseDocument(edited(shape, 'closing', phrase));
        expect(doc.errors, phrase).toEqual([]);
        expect(isMap(doc.contents)).toBe(true);
        const closing = doc.get('closing', true);
        const value = isSeq(closing) ? closing.items[0] : closing;
        expect(isScalar(value) && value.value, phrase).toBe(phrase);
        expect(doc.get('greeting'), phrase).toBe('工号{agent_id}');
      }
    });
  }

  it('offers nothing where the document is not a mapping', () => {
    expect(sectionEdit(parseScript('- a\n- b\n'), 'closing', CLOSING)).toBeUndefined();
    expect(sectionEdit(parseScript('script: x\nclosing: {a: 1}\n'), 'closing', CLOSING)).toBeUndefined();
  });
});
