import { describe, expect, it } from 'vitest';
import { applyEdits, en, service, zh } from '../cursor';
import { slice } from '../util';

const URI = 'file:///work/t.script.yaml';
const head = 'script: x\ngreeting: 您好，{agent_id}号为您服务\n';
const tail = 'closing: 感谢您的来电，再见！\n';

/** The yaml-syntax and schema findings of `text`, as `code: covered source`. */
function structural(text: string, settings = en): { code: string; covered: string; message: string }[] {
  return service
    .validate(text, settings)
    .filter((d) => d.code === 'yaml-syntax' || d.code === 'schema')
    .map((d) => ({ code: String(d.code), covered: slice(text, d.range), message: String(d.message) }));
}

function fix(text: string): string | undefined {
  const d = service.validate(text, en).find((x) => x.code === 'yaml-syntax');
  if (!d) return undefined;
  const action = service.codeActions(text, URI, d.range, [d], en).find((a) => a.edit);
  return action ? applyEdits(text, action.edit!.changes![URI]!) : undefined;
}

describe('a colon a writer types wrong', () => {
  const cases: [string, string, string][] = [
    ['  - agent：您好\n', 'agent：', '  - agent: 您好\n'],
    ['  - agent:您好\n', 'agent:', '  - agent: 您好\n'],
    ['  - id: a\n    agent：您好\n', 'agent：', '  - id: a\n    agent: 您好\n'],
    ['  - id: a\n    agent:您好\n  - customer: 嗯\n', 'agent:', '  - id: a\n    agent: 您好\n  - customer: 嗯\n'],
  ];
  for (const [steps, covered, fixedSteps] of cases) {
    it(`gives one finding with a fix for ${JSON.stringify(steps)}`, () => {
      const text = `${head}steps:\n${steps}${tail}`;
      const found = structural(text);
      expect(found.map((f) => [f.code, f.covered])).toEqual([['yaml-syntax', covered]]);
      expect(found[0]!.message).toContain('colon');
      expect(structural(text, zh)[0]!.message).toContain('冒号');
      const fixed = fix(text);
      expect(fixed).toBe(`${head}steps:\n${fixedSteps}${tail}`);
      expect(structural(fixed!)).toEqual([]);
    });
  }

  it('gives one finding for a top-level key', () => {
    const text = 'script：x\ngreeting: 您好，{agent_id}号为您服务\n';
    expect(structural(text).map((f) => [f.code, f.covered])).toEqual([['yaml-syntax', 'script：']]);
    expect(fix(text)).toBe('script: x\ngreeting: 您好，{agent_id}号为您服务\n');
  });

  it('leaves the text of a block scalar and a colon inside a value alone', () => {
    expect(structural(`${head}steps:\n  - agent: |\n      agent：您好\n  - agent: 时间:10点\n${tail}`)).toEqual([]);
  });
});
