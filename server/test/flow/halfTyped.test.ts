import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, service } from '../cursor';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'callback.script.yaml'), 'utf8');

/** The sample cut at the end of each line, or in its middle (every other line): the text as it is being typed. */
function prefixes(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  text.split('\n').forEach((line, i) => {
    out.push(text.slice(0, at + (i % 2 === 0 ? line.length : Math.floor(line.length / 2))));
    at += line.length + 1;
  });
  return out;
}

describe('half-typed flow', () => {
  it('never throws, in any feature, while the callback sample is typed line by line', () => {
    for (const text of prefixes(SAMPLE)) {
      const end = service.parse(text).positions.position(text.length);
      expect(
        () => {
          const diagnostics = service.validate(text, en);
          service.inlayHints(text, undefined, en);
          service.codeLenses(text, en);
          service.timings(text, en);
          service.complete(text, end, en);
          service.hover(text, { line: 2, character: 2 }, en);
          service.symbols(text, en);
          service.codeActions(text, 'file:///x.script.yaml', { start: end, end }, diagnostics, en);
        },
        JSON.stringify(text.slice(-40)),
      ).not.toThrow();
    }
  });

  it('never shows a flow finding for a key being typed at the end of a turn', () => {
    const base = SAMPLE.slice(0, SAMPLE.indexOf('  - id: praised'));
    for (const tail of [
      '    branches:\n',
      '    branches:\n      - answer:\n',
      '    otherwise:\n',
      '    next:\n',
      '    end:\n',
    ]) {
      const codes = service.validate(base.replace('    otherwise: rating\n', tail), en).map((d) => String(d.code));
      expect(
        codes.filter((c) => ['unreachable-turn', 'loop-without-exit'].includes(c)),
        tail,
      ).toEqual([]);
    }
  });
});
