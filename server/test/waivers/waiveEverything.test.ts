import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyEdits, en, service } from '../cursor';

const URI = 'file:///work/t.script.yaml';
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Turns with problems (forbidden phrases, agent numbers) in every style a writer uses. */
const turns = fc.constantFrom(
  '  - agent: 真烦人',
  '  - agent: 我是1023号，真烦人',
  '  # huashu-disable-next-line forbidden-phrase -- 反例\n  - agent: 我是1023号，真烦人',
  '  - agent: >\n      好的，\n      真烦人',
  '  - agent: |\n      好的\n      急什么',
  '  - agent: "好的，\n      真烦人"',
  "  - agent: '好的，\n\n      真烦人'",
  '  - {customer: "我要投诉\n      好吗", agent: 真烦人}',
  '  - {agent: 急什么}',
  '  - id: a\n    customer: 嗯\n    agent: 真烦人\n    next: 不存在',
  '  - agent: 好的  # 备注',
  '  -   agent: 真烦人',
);

const script = fc
  .tuple(fc.array(turns, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([steps, crlf, bom]) => {
    const text = `script: 测试\ngreeting: ["您好，\n  工号{agent_id}", 真烦人]\nsteps:\n${steps.join('\n')}\nclosing: 再见\n`;
    return (bom ? '\ufeff' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
  });

describe('the waiver quick fix on every problem', () => {
  it('keeps every value, silences its problem (a waiver above a turn: that rule in the turn) and leaves the other waivers covering what they covered', () => {
    fc.assert(
      fc.property(script, (text) => {
        const before = service.check(text, en);
        const values = JSON.stringify(parseDocument(text).toJS());
        for (const d of before.diagnostics) {
          const action = service.codeActions(text, URI, d.range, [d], en).find((a) => a.title.startsWith('Waive'));
          if (['waiver-reason', 'unused-waiver'].includes(String(d.code))) {
            expect(action).toBeUndefined();
            continue;
          }
          expect(action, `${String(d.code)} in ${text}`).toBeDefined();
          const out = applyEdits(text, action!.edit!.changes![URI]!);
          const doc = parseDocument(out);
          expect(doc.errors, out).toEqual([]);
          expect(JSON.stringify(doc.toJS()), out).toBe(values);
          const after = service.check(out, en);
          const same = (x: typeof d) => x.code === d.code && x.message === d.message;
          const others = (list: typeof before.diagnostics) =>
            list.filter((x) => x.code !== d.code && x.code !== 'waiver-reason').map((x) => x.message);
          expect(after.diagnostics.filter(same).length, out).toBeLessThan(before.diagnostics.filter(same).length);
          expect(others(after.diagnostics), out).toEqual(others(before.diagnostics));
          expect(after.suppressed.filter((x) => x.diagnostic.code !== d.code).length, out).toBe(
            before.suppressed.filter((x) => x.diagnostic.code !== d.code).length,
          );
          expect(
            after.diagnostics.filter((x) => x.code === 'unused-waiver'),
            out,
          ).toEqual([]);
          if (text.includes('\r\n')) expect(out.replace(/\r\n/g, ''), out).not.toMatch(/[\r\n]/);
          expect(out.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
