import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { PositionMapper } from '../../src/service/text/positions';
import { service, zh } from '../cursor';
import { slice } from '../util';

const samplesDir = join(__dirname, '../../../samples');
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.script.yaml'))
  .map((f) => readFileSync(join(samplesDir, f), 'utf8'));

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** Every broken containment of the outline of `text`, as readable strings (empty when sound). */
function outlineFaults(text: string): string[] {
  const map = new PositionMapper(text);
  const whole: Range = { start: map.position(0), end: map.position(text.length) };
  const faults: string[] = [];
  const visit = (symbols: DocumentSymbol[], parent?: DocumentSymbol) => {
    for (const s of symbols) {
      if (!before(s.range.start, s.range.end)) faults.push(`${s.name}: range ends before it starts`);
      if (!inside(s.selectionRange, s.range)) faults.push(`${s.name}: selectionRange outside range`);
      if (!inside(s.range, whole)) faults.push(`${s.name}: range outside the document`);
      if (parent && !inside(s.range, parent.range)) faults.push(`${s.name}: outside ${parent.name}`);
      visit(s.children ?? [], s);
    }
  };
  visit(service.symbols(text, zh));
  return faults;
}

describe('outline on half-typed text', () => {
  it('keeps the selection inside the symbol for a turn with an empty value', () => {
    const text = 'script: x\nsteps:\n  - agent: \n';
    expect(outlineFaults(text)).toEqual([]);
    const turn = service.symbols(text, zh)[0]!.children![0]!.children![0]!;
    expect(slice(text, turn.selectionRange)).toBe('agent');
    expect(outlineFaults('script: x\nsteps:\n  - agent:')).toEqual([]);
    expect(outlineFaults('script: x\nsteps:\n  - id: a\n    agent: \nclosing: 再见\n')).toEqual([]);
  });

  it('holds for every prefix of every sample', () => {
    for (const sample of samples) {
      for (let end = 0; end <= sample.length; end++) {
        const faults = outlineFaults(sample.slice(0, end));
        if (faults.length > 0) expect({ prefix: sample.slice(0, end), faults }).toEqual({ faults: [] });
      }
    }
  });

  it('holds for random truncations and mutations of the samples', () => {
    const pieces = [
      '- agent: ',
      'agent:',
      ': ',
      '\n',
      '  ',
      '- ',
      '|',
      '>',
      '"',
      "'",
      '#',
      '{',
      '}',
      '&a ',
      '*a',
      '：',
      'id: ',
    ];
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...pieces),
        (which, cutAt, insertAt, deleteLength, piece) => {
          const sample = samples[which]!;
          const cut = sample.slice(0, cutAt % (sample.length + 1));
          const at = insertAt % (cut.length + 1);
          const mutated = cut.slice(0, at) + piece + cut.slice(at + (deleteLength % 4));
          expect(outlineFaults(mutated)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
