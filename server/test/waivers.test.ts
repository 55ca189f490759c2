import { describe, expect, it } from 'vitest';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { check, findings, script, service, slice } from './util';

const en = { locale: 'en' as const, rules: {} };

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + Math.min(p.character, lines[p.line]?.length ?? 0);
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('inline waivers', () => {
  it('huashu-disable-next-line silences the named rule on the next line only', () => {
    const text = script(
      '  # huashu-disable-next-line forbidden-phrase -- 引用客户原话\n  - agent: 真烦人\n  - agent: 真烦人',
    );
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 真烦人']);
    const result = service.check(text, en);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed[0]!.waiver.reason).toBe('引用客户原话');
    expect(result.suppressed[0]!.diagnostic.range.start.line).toBe(4);
  });

  it('does not silence rules it does not name', () => {
    const text = script('  # huashu-disable-next-line schema -- x\n  - agent: 真烦人');
    expect(findings(text, 'forbidden-phrase')).toHaveLength(1);
    expect(findings(text, 'unused-waiver')).toEqual(['unused-waiver: # huashu-disable-next-line schema -- x']);
  });

  it('huashu-disable / huashu-enable silence a block', () => {
    const text = script(
      '  # huashu-disable forbidden-phrase -- 培训材料里的反例\n  - agent: 真烦人\n  - agent: 我不知道\n  # huashu-enable forbidden-phrase\n  - agent: 急什么',
    );
    expect(findings(text, 'forbidden-phrase')).toEqual(['forbidden-phrase: 急什么']);
    expect(service.check(text, en).suppressed).toHaveLength(2);
  });

  it('a waiver without a rule list silences every rule on its line', () => {
    const text = script('  # huashu-disable-next-line -- 演示\n  - agent: 我是1023号，真烦人');
    expect(findings(text, 'forbidden-phrase', 'hardcoded-agent-id')).toEqual([]);
  });

  it('a waiver without a reason is a warning on the comment', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase\n  - agent: 真烦人');
    const d = check(text).find((x) => x.code === 'waiver-reason')!;
    expect(slice(text, d.range)).toBe('# huashu-disable-next-line forbidden-phrase');
    expect(d.severity).toBe(2);
  });

  it('a waiver that silences nothing is a faded hint whose fix deletes the line', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 旧的\n  - agent: 好的');
    const d = check(text).find((x) => x.code === 'unused-waiver')!;
    expect(d.severity).toBe(4);
    expect(d.tags).toEqual([1]);
    const [fix] = service.codeActions(text, 'file:///x', d.range, [d], en);
    expect(apply(text, fix!.edit!.changes!['file:///x']!)).toBe(script('  - agent: 好的'));
  });

  it('ignores waiver-looking lines inside block scalars', () => {
    const text = script('  - agent: |\n      # huashu-disable-next-line forbidden-phrase -- x\n      真烦人');
    expect(findings(text, 'forbidden-phrase')).toHaveLength(1);
    expect(findings(text, 'unused-waiver')).toEqual([]);
  });
});

describe('the waiver quick fix', () => {
  const waive = (text: string, code: string): CodeAction => {
    const d = check(text).find((x) => x.code === code)!;
    return service.codeActions(text, 'file:///x', d.range, [d], en).find((a) => a.title.startsWith('Waive'))!;
  };

  it('adds a disable-next-line comment with the reason left to fill in', () => {
    const text = script('  - agent: 真烦人');
    const fixed = apply(text, waive(text, 'forbidden-phrase').edit!.changes!['file:///x']!);
    expect(fixed).toContain('  # huashu-disable-next-line forbidden-phrase -- \n  - agent: 真烦人');
    expect(findings(fixed, 'forbidden-phrase')).toEqual([]);
    expect(findings(fixed, 'waiver-reason')).toHaveLength(1);
  });

  it('wraps a multi-line string in a disable/enable pair', () => {
    const text = script('  - agent: >\n      好的，\n      真烦人');
    const fixed = apply(text, waive(text, 'forbidden-phrase').edit!.changes!['file:///x']!);
    expect(findings(fixed, 'forbidden-phrase')).toEqual([]);
    expect(findings(fixed, 'yaml-syntax', 'schema')).toEqual([]);
    expect(fixed).toContain('# huashu-enable forbidden-phrase');
  });
});
