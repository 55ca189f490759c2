import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The corpora of test/corpus/ measure the matcher (npm run corpus); these tests keep their shape:
// the sizes they promise, one group per forbidden category, and a holdout disjoint from the rest.

const CORPUS = join(__dirname, '..', '..', 'test', 'corpus');
const FORBIDDEN = join(__dirname, '..', 'data', 'phrasebook', 'forbidden.yaml');

interface Line {
  text: string;
  group: string;
}

function read(file: string): Line[] {
  const lines: Line[] = [];
  let group = '';
  for (const raw of readFileSync(join(CORPUS, file), 'utf8').split(/\r?\n/)) {
    if (raw.startsWith('#')) group = raw.slice(1).trim().split(/\s+/)[0] ?? '';
    else if (raw.trim() !== '') lines.push({ text: raw, group });
  }
  return lines;
}

const toSimplified = (
  (hk, tw) => (s: string) =>
    tw(hk(s))
)(OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' }));
/** Written in Traditional: OpenCC changes it, or it uses a form OpenCC keeps (妳, 甚麼, 囉嗦, 曉得). */
const isTraditional = (s: string) => toSimplified(s) !== s || /[妳甚囉嚕曉]/.test(s);
const CONFUSABLE = [
  '不知道',
  '规定',
  '等一下',
  '声音',
  '为什么',
  '自己',
  '随便',
  '急',
  '下班',
  '不在',
  '部门',
  '没办法',
  '说过',
  '又',
];
const isConfusable = (s: string) => CONFUSABLE.some((w) => toSimplified(s).includes(w));
/** Spaces between characters, half-width or repeated punctuation, or an ellipsis. */
const isOddlyWritten = (s: string) => /\p{Script=Han} +\p{Script=Han}|[!?,.~]|[？！]{2,}|……/u.test(s);

const honest = read('honest.txt');
const honestHoldout = read('honest.holdout.txt');
const rude = read('rude.txt');
const rudeHoldout = read('rude.holdout.txt');
const categories = Object.keys((parse(readFileSync(FORBIDDEN, 'utf8')) as { categories: object }).categories);

describe('honest corpus', () => {
  it('holds the lines it promises', () => {
    expect(honest.length).toBeGreaterThanOrEqual(420);
    expect(honest.filter((l) => isTraditional(l.text)).length).toBeGreaterThanOrEqual(110);
    expect(honest.filter((l) => isConfusable(l.text)).length).toBeGreaterThanOrEqual(160);
  });

  it('speaks to the customer as 您', () => {
    const all = [...honest, ...honestHoldout];
    expect(all.filter((l) => /[你妳]/.test(l.text)).map((l) => l.text)).toEqual([]);
  });
});

describe('rude corpus', () => {
  it('holds the lines it promises', () => {
    expect(rude.length).toBeGreaterThanOrEqual(270);
    expect(rude.filter((l) => isTraditional(l.text)).length).toBeGreaterThanOrEqual(65);
    expect(rude.filter((l) => isOddlyWritten(l.text)).length).toBeGreaterThanOrEqual(25);
  });

  it('groups its lines by forbidden category, at least 10 lines each', () => {
    for (const lines of [rude, rudeHoldout]) {
      expect(lines.filter((l) => !categories.includes(l.group)).map((l) => l.group)).toEqual([]);
    }
    for (const category of categories) {
      expect([...rude, ...rudeHoldout].filter((l) => l.group === category).length, category).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('the corpora together', () => {
  it('keep about a fifth of each corpus as holdout', () => {
    for (const [tuning, holdout] of [
      [honest, honestHoldout],
      [rude, rudeHoldout],
    ] as const) {
      const share = holdout.length / (tuning.length + holdout.length);
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.25);
    }
  });

  it('never hold a line twice, in one file or across files', () => {
    const texts = [honest, honestHoldout, rude, rudeHoldout].flat().map((l) => l.text.trim());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});
