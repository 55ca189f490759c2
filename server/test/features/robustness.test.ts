import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PositionMapper } from '../../src/service/text/positions';
import { service, zh } from '../cursor';

const MALFORMED = [
  '',
  ' ',
  '\n',
  ':',
  '- ',
  '{',
  '[',
  '"',
  "'",
  '|',
  '>\n',
  '#',
  '- {',
  'script: {',
  'script: x\nsteps:\n  - agent: "未闭合\n  - agent: 好\n',
  'script: x\nsteps:\n  - agent: [\n',
  'script: x\nsteps: {a: [1, 2\n',
  '\tscript: x\n\tgreeting: 好\n',
  '? a\n: b\n',
  '&a x\n*a\n',
  'script: !!binary x\n',
  '---\nscript: a\n---\nscript: b\n',
  'steps:\n- - - agent: x\n',
  'scenarios:\n  : \n  x:\n',
  'greeting:\n  - agent:\n    - x\n',
  'script: x\r\nsteps:\r\n  - agent: 好\r\n    next: \r\n',
  'steps:\n  - id: [a]\n    next: {b: c}\n  - id: ~\n    next: 3\n',
  'script: x\nsteps:\n  - agent: |\n',
  'script: x\nclosing: >-\n  再见\n  {agent_id\n',
];

/** Every service call at every offset of `text`: none may throw. */
function exercise(text: string): void {
  const model = service.parse(text);
  const map = model.positions;
  const diagnostics = service.validate(model);
  for (let offset = 0; offset <= text.length; offset++) {
    const position = map.position(offset);
    service.complete(model, position, zh);
    service.hover(model, position, zh);
    service.definition(model, position);
    service.references(model, position, true);
  }
  service.codeActions(model, 'file:///t', { start: map.position(0), end: map.position(0) }, diagnostics, zh);
  service.symbols(model, zh);
  service.foldingRanges(model);
}

describe('editor features on malformed or half-typed YAML', () => {
  it('never throw, at any offset', () => {
    for (const text of MALFORMED) expect(() => exercise(text), JSON.stringify(text)).not.toThrow();
  });

  it('never throw while a sample is typed in', () => {
    const samples = join(__dirname, '..', '..', '..', 'samples');
    for (const name of readdirSync(samples).filter((n) => n.endsWith('.script.yaml'))) {
      const full = readFileSync(join(samples, name), 'utf8');
      for (let end = 0; end <= full.length; end += 5) {
        const text = full.slice(0, end);
        const at = new PositionMapper(text).position(text.length);
        expect(() => service.complete(text, at, zh), `${name} up to ${end}`).not.toThrow();
        expect(() => service.hover(text, at, zh), `${name} up to ${end}`).not.toThrow();
      }
      expect(() => exercise(full), name).not.toThrow();
    }
  });
});
