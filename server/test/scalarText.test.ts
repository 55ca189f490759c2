import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit, type Scalar } from 'yaml';
import fc from 'fast-check';
import { lazyScalarText, scalarText, scalarTextByUnits, type ScalarText } from '../src/service/parse/scalarText';

function scalars(src: string): Scalar[] {
  const doc = parseDocument(src, { keepSourceTokens: true });
  const out: Scalar[] = [];
  visit(doc, { Scalar: (_k, n) => void out.push(n) });
  return out.filter((n) => isScalar(n) && typeof n.value === 'string' && n.value.length > 2);
}

/** The source each non-space value character came from. */
function sources(src: string, node: Scalar): string[] {
  const t = scalarText(src, node);
  const out: string[] = [];
  for (let i = 0; i < t.value.length; i++) {
    if (/\s/.test(t.value[i]!)) continue;
    out.push(src.slice(t.start[i], t.end[i]));
  }
  return out;
}

describe('scalarText maps every value character back to its source', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'a: 你问我，我问谁？\n'],
    ['plain over lines', 'a: 你问我，\n  我问谁？\n  再见\n'],
    ['single quoted with quote escape', "a: 'it''s 真烦人\n   ok'\n"],
    ['double quoted with escapes', 'a: "真\\u70e6人\\t\\"x\\" \\x41\n  next"\n'],
    ['double quoted line continuation', 'a: "真烦\\\n   人"\n'],
    ['literal block', 'a: |\n  真烦人\n   更多\n  再见\n'],
    ['folded block with strip', 'a: >-\n  真烦\n  人\n\n  再见\n'],
    ['literal with indent indicator', 'a: |2\n   真烦人\n  再见\n'],
    ['CRLF plain', 'a: 你问我，\r\n  我问谁？\r\n'],
    ['flow sequence', 'a: [真烦人, "你问我"]\n'],
  ];
  for (const [name, src] of cases) {
    it(name, () => {
      const nodes = scalars(src);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        const t = scalarText(src, node);
        expect(t.value).toBe(node.value);
        const value = [...t.value].filter((c) => !/\s/.test(c));
        const from = sources(src, node);
        expect(from).toHaveLength(value.length);
        from.forEach((s, i) => {
          if (s.length === 1) expect(s).toBe(value[i]);
          else expect(s.startsWith('\\') || s === "''").toBe(true);
        });
      }
    });
  }

  it('maps a \\u escape to the whole escape', () => {
    const src = 'a: "真\\u70e6人"\n';
    const node = scalars(src)[0]!;
    const t = scalarText(src, node);
    expect(t.value).toBe('真烦人');
    expect(src.slice(t.start[1], t.end[1])).toBe('\\u70e6');
  });

  it('maps the quote escape of a single-quoted scalar to both quotes', () => {
    const src = "a: 'x''y'\n";
    const node = scalars(src)[0]!;
    const t = scalarText(src, node);
    expect(src.slice(t.start[1], t.end[1])).toBe("''");
  });
});

describe('the shortcut for strings written as they read', () => {
  const piece = fc.constantFrom(
    ...'你问我，我问谁？ab \'"\\:#-',
    '\n',
    '\n  ',
    '\n\n  ',
    '\n    ',
    '\r\n  ',
    '  ',
    '\u3000',
    '\u00a0',
    "''",
    '\\u4f60',
    '\\n',
    '\\\n',
    '\t',
  );
  const content = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  const styles = [
    (c: string) => `a: ${c}\n`,
    (c: string) => `a: '${c}'\n`,
    (c: string) => `a: "${c}"\n`,
    (c: string) => `a: |\n  ${c}\n`,
    (c: string) => `a: >-\n  ${c}\n`,
    (c: string) => `a: >\n  ${c}\n\n`,
    (c: string) => `a: |+\n  ${c}\n  \n`,
    (c: string) => `a:\n  ${c}\n`,
    (c: string) => `- ${c}\n- [${c}]\n`,
  ];
  it('maps every unit exactly as reading the scalar unit by unit does, in every style', () => {
    let shortcuts = 0;
    fc.assert(
      fc.property(content, fc.integer({ min: 0, max: styles.length - 1 }), (c, style) => {
        const src = styles[style]!(c);
        const doc = parseDocument(src, { keepSourceTokens: true });
        visit(doc, {
          Scalar: (_k, node) => {
            if (!node.range) return;
            const fast = scalarText(src, node);
            const slow = scalarTextByUnits(src, node);
            expect(fast).toEqual(slow);
            // The whole-file form, whose map is made on first use, reads the same.
            const lazy = lazyScalarText(src, node);
            const fields = (t: ScalarText) => ({
              value: t.value,
              contentStart: t.contentStart,
              contentEnd: t.contentEnd,
              start: [...t.start],
              end: [...t.end],
              exact: t.exact,
            });
            expect(fields(lazy)).toEqual(fields(slow));
            if (fast.contentEnd - fast.contentStart === fast.value.length) shortcuts++;
          },
        });
      }),
      { numRuns: 4000 },
    );
    expect(shortcuts).toBeGreaterThan(500);
  });
});
