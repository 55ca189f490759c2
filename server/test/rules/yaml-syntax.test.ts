import { describe, expect, it } from 'vitest';
import { check, script, service, slice } from '../util';

describe('yaml-syntax', () => {
  it('reports YAML that does not parse', () => {
    const d = check('script: x\ngreeting: "unterminated\n');
    expect(d.some((x) => x.code === 'yaml-syntax' && x.severity === 1)).toBe(true);
  });
  it('reports duplicate keys', () => {
    expect(check('script: x\nscript: y\n').some((d) => d.code === 'yaml-syntax')).toBe(true);
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
    expect(d[0]!.message).toBe(
      "A value that starts with a placeholder must be quoted, or YAML reads {customer} as a mapping: write '{customer}，您好'",
    );
    expect(d[0]!.data).toEqual({ replacements: ["'{customer}，您好'"] });
  });

  it('is fixed by its quick fix', () => {
    const [d] = check(text);
    const [fix] = service.codeActions(text, 'file:///x', d!.range, [d!], { locale: 'en', rules: {} });
    const edit = fix!.edit!.changes!['file:///x']![0]!;
    const lines = text.split('\n');
    const line = lines[edit.range.start.line]!;
    lines[edit.range.start.line] =
      line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    const fixed = lines.join('\n');
    expect(fixed).toContain("  - agent: '{customer}，您好'\n");
    expect(check(fixed).filter((x) => x.code === 'yaml-syntax')).toHaveLength(1);
  });
});
