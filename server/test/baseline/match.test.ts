/** The baseline in the service: findings known by file, rule and covered text; the line a hint. */
import { describe, expect, it } from 'vitest';
import {
  baselineEntries,
  baselineFindings,
  createScriptService,
  matchBaseline,
  normaliseFindingText,
  parseBaseline,
  serializeBaseline,
  splitByBaseline,
} from '../../src/service';

const service = createScriptService();
const SCRIPT = (...turns: string[]) =>
  `script: x\ngreeting: 您好，工号{agent_id}为您服务\nsteps:\n${turns.map((t) => `  - agent: ${t}\n`).join('')}closing: 感谢您的来电，再见！\n`;

const findings = (text: string) => baselineFindings(text, service.validate(text));

describe('the covered text', () => {
  it('is the source of the range, blanks collapsed, NFC', () => {
    expect(normaliseFindingText('  你们\n    真烦人 ')).toBe('你们 真烦人');
    expect(normaliseFindingText('e\u0301')).toBe('\u00e9');
  });

  it('is what the finding covers in the file', () => {
    expect(findings(SCRIPT('你们真烦人'))).toEqual([{ rule: 'forbidden-phrase', text: '真烦人', line: 4 }]);
  });
});

describe('matching', () => {
  const before = SCRIPT('好的', '你们真烦人', '唉，真烦人');
  const entries = baselineEntries('a.script.yaml', findings(before));

  it("groups a file's findings by rule and text, counting them, lines ascending", () => {
    expect(entries).toEqual([
      { file: 'a.script.yaml', rule: 'forbidden-phrase', text: '真烦人', count: 2, lines: [5, 6] },
    ]);
  });

  it('accepts the same findings after turns are added above and moved', () => {
    const after = SCRIPT('您好', '请稍等', '唉，真烦人', '好的', '你们真烦人');
    const split = splitByBaseline(after, service.validate(after), entries);
    expect(split.fresh).toEqual([]);
    expect(split.baselined).toHaveLength(2);
    expect(split.stale).toBe(0);
  });

  it('reports a third finding of the same text as new, keeping the two nearest the remembered lines', () => {
    const m = matchBaseline(entries, [
      { rule: 'forbidden-phrase', text: '真烦人', line: 5 },
      { rule: 'forbidden-phrase', text: '真烦人', line: 6 },
      { rule: 'forbidden-phrase', text: '真烦人', line: 40 },
    ]);
    expect(m).toEqual({ baselined: [true, true, false], stale: 0 });
  });

  it('counts a fixed finding as stale', () => {
    const after = SCRIPT('好的', '唉，真烦人');
    expect(splitByBaseline(after, service.validate(after), entries)).toMatchObject({ fresh: [], stale: 1 });
  });

  it('does not accept another rule or another text', () => {
    const m = matchBaseline(entries, [
      { rule: 'forbidden-phrase', text: '你们真烦人', line: 5 },
      { rule: 'hardcoded-agent-id', text: '真烦人', line: 5 },
    ]);
    expect(m).toEqual({ baselined: [false, false], stale: 2 });
  });
});

describe('the file', () => {
  it('is pretty JSON, sorted by file, rule and text in code-unit order', () => {
    const text = serializeBaseline([
      { file: 'b.script.yaml', rule: 'r', text: 'x', count: 1, lines: [1] },
      { file: 'a.script.yaml', rule: 'r', text: '乙', count: 1, lines: [2] },
      { file: 'a.script.yaml', rule: 'r', text: '甲', count: 1, lines: [3] },
      { file: 'a.script.yaml', rule: 'q', text: 'z', count: 1, lines: [4] },
    ]);
    const parsed = parseBaseline(text);
    expect('findings' in parsed && parsed.findings.map((e) => `${e.file} ${e.rule} ${e.text}`)).toEqual([
      'a.script.yaml q z',
      'a.script.yaml r 乙',
      'a.script.yaml r 甲',
      'b.script.yaml r x',
    ]);
    expect(text).toContain('\n  "findings": [\n    {\n      "file": "a.script.yaml",');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is refused when it is not JSON or not a baseline', () => {
    expect(parseBaseline('{')).toMatchObject({ problem: 'notJson' });
    expect(parseBaseline('{"version":2,"findings":[]}')).toEqual({ problem: 'badShape' });
    expect(parseBaseline('{"version":1,"findings":[{"file":"a","rule":"r","text":"t","count":0,"lines":[]}]}')).toEqual(
      { problem: 'badShape' },
    );
  });
});
