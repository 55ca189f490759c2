import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../util';

// Every honest agent line of test/corpus/ passes the rules that judge manner and content
// beyond the phrasebook: a finding here is a false alarm.

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'corpus');
const RULES = ['polite-pronoun', 'direct-address', 'price-quote', 'malformed-placeholder', 'hardcoded-agent-id'];

function lines(file: string): string[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

/** `rule: line` for every finding of RULES on the lines, each checked as an agent turn. */
function falseAlarms(corpus: string[]): string[] {
  const header = 'script: 语料\ngreeting: 您好，工号{agent_id}为您服务。\nclosing: 再见！\nsteps:\n';
  const text = header + corpus.map((line) => `  - agent: ${JSON.stringify(line)}\n`).join('');
  const first = header.split('\n').length - 1;
  return check(text)
    .filter((d) => RULES.includes(String(d.code)))
    .map((d) => `${String(d.code)}: ${corpus[d.range.start.line - first]}`);
}

describe('the honest corpus', () => {
  for (const file of ['honest.txt', 'honest.holdout.txt']) {
    it(`raises no false alarm on ${file}`, () => {
      const corpus = lines(file);
      expect(corpus.length).toBeGreaterThan(100);
      expect(falseAlarms(corpus)).toEqual([]);
    });
  }
  it('would notice a finding (the harness maps findings back to their lines)', () => {
    expect(falseAlarms(['您好', '请你稍等', '喂，您好', '这个配件860块'])).toEqual([
      'polite-pronoun: 请你稍等',
      'direct-address: 喂，您好',
      'price-quote: 这个配件860块',
    ]);
  });
});
