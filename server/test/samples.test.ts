import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/service';
import { check } from './util';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const EXPECTED = join(__dirname, 'fixtures', 'samples.expected.txt');

/** `file:line:col: code message`, 1-based, as reviewers read them. */
function lines(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(SAMPLES)
    .filter((n) => n.endsWith('.script.yaml'))
    .sort()) {
    for (const d of check(readFileSync(join(SAMPLES, name), 'utf8'))) {
      out.push(
        `${name}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${String(d.code)} ${String(d.message)}`,
      );
    }
  }
  return out;
}

describe('samples', () => {
  it('produce exactly the pinned diagnostics', () => {
    const expected = readFileSync(EXPECTED, 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines()).toEqual(expected);
  });

  it('include at least five clean scripts and one that fires every rule', () => {
    const found = lines();
    const names = readdirSync(SAMPLES).filter((n) => n.endsWith('.script.yaml'));
    const clean = names.filter((n) => !found.some((l) => l.startsWith(`${n}:`)));
    expect(clean.length).toBeGreaterThanOrEqual(5);
    const codes = new Set(found.filter((l) => l.startsWith('all-rules.script.yaml:')).map((l) => l.split(' ')[1]));
    const scriptRules = RULE_IDS.filter((id) => id !== 'config');
    expect([...codes].sort()).toEqual([...scriptRules].sort());
  });
});
