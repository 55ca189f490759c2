import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { PositionMapper } from '../../src/service/text/positions';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Texts made of the pieces where line and character counting can go wrong. */
const text = fc
  .array(fc.constantFrom('a', '好', ' ', '\n', '\r', '\r\n', '😀', '\ud83d', '\ude00', '- agent: ', '"'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('positions follow the line breaks of LSP', () => {
  it('a lone CR ends a line, CRLF is one line break', () => {
    const map = new PositionMapper('a: "x\ry"\r\nb\rc\n');
    expect(map.position(5)).toEqual({ line: 0, character: 5 });
    expect(map.position(6)).toEqual({ line: 1, character: 0 });
    expect(map.position(10)).toEqual({ line: 2, character: 0 });
    expect(map.position(12)).toEqual({ line: 3, character: 0 });
    expect(map.position(14)).toEqual({ line: 4, character: 0 });
    expect(map.lineCount).toBe(5);
    expect([0, 1, 2, 3, 4].map((l) => [map.lineStart(l), map.lineEnd(l)])).toEqual([
      [0, 5],
      [6, 8],
      [10, 11],
      [12, 13],
      [14, 14],
    ]);
    expect(map.offset({ line: 1, character: 99 })).toBe(8);
  });

  it('every offset has the position TextDocument.positionAt gives, and back', () => {
    fc.assert(
      fc.property(text, (source) => {
        const map = new PositionMapper(source);
        const document = TextDocument.create('file:///a', 'huashu', 1, source);
        for (let offset = -1; offset <= source.length + 1; offset++) {
          const position = map.position(offset);
          expect(position).toEqual(document.positionAt(offset));
          const insideCrlf = source[offset - 1] === '\r' && source[offset] === '\n';
          if (offset >= 0 && offset <= source.length && !insideCrlf) expect(map.offset(position)).toBe(offset);
        }
        expect(map.lineCount).toBe(document.lineCount);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('every position has the offset TextDocument.offsetAt gives', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) })),
        (source, positions) => {
          const map = new PositionMapper(source);
          const document = TextDocument.create('file:///a', 'huashu', 1, source);
          for (const position of positions) expect(map.offset(position)).toBe(document.offsetAt(position));
          for (let line = 0; line < document.lineCount; line++) {
            const range = { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } };
            expect(source.slice(map.lineStart(line), map.lineEnd(line))).toBe(document.getText(range));
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
