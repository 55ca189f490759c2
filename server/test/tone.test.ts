import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import modelData from '../data/tone/model.json';
import { builtinToneModel, builtinToneScorer } from '../src/service/tone/builtinModel';
import { toneFeatureSum, toneFeatures, toneSentences, toneText } from '../src/service/tone/features';
import { scoreTone, validateToneModel } from '../src/service/tone/model';
import { ToneScorer } from '../src/service/tone/scorer';
import { toneModelOf, toneTableOf } from '../src/service/tone/table';
import { foldText } from '../src/service/text/fold';
import fc from 'fast-check';

const ROOT = join(__dirname, '..', '..');
const TONE_MODEL = builtinToneModel();
const MODEL_FILE = join(ROOT, 'server', 'data', 'tone', 'model.json');

describe('tone model file', () => {
  it('loads, validates and stays small', () => {
    expect(validateToneModel(modelData)).toBe(modelData);
    expect(Object.keys(TONE_MODEL.weights).length).toBeGreaterThan(1000);
    expect(statSync(MODEL_FILE).size).toBeLessThanOrEqual(300 * 1024);
  });

  it('is what the built-in model reads, and what its scorer is compiled from', () => {
    expect(builtinToneModel()).toEqual(modelData);
    expect(Object.keys(builtinToneModel().weights).sort()).toEqual(Object.keys(modelData.weights).sort());
    const small = validateToneModel({
      format: 'huashu-tone-1',
      ngrams: 3,
      bias: 0.5,
      threshold: 1,
      weights: { 你: 1.25, 怎么: 0.5, 又搞错: 2, '#exclaim': 0.75, '#polite': -3 },
    });
    const scorer = new ToneScorer(toneTableOf(small));
    expect(scorer.threshold).toBe(1);
    for (const line of ['你怎么又搞错了！', '请您稍等。', '你你你']) {
      const span = { start: 0, end: line.length };
      expect(scorer.score(line, span), line).toBe(toneFeatureSum(toneText(line, span).text, small.weights, small.bias));
    }
    expect(scorer.score('你怎么又搞错了！', { start: 0, end: 8 })).toBe(0.5 + 1.25 + 0.5 + 2 + 0.75);
    expect(toneModelOf(toneTableOf(small))).toEqual(small);
  });

  it('rejects a malformed model with the file and what is wrong', () => {
    const good = { format: 'huashu-tone-1', ngrams: 3, bias: 0, threshold: 1, weights: { 你: 1 } };
    expect(() => validateToneModel({ ...good, format: 'x' })).toThrow(/model\.json: format/);
    expect(() => validateToneModel({ ...good, ngrams: 4 })).toThrow(/ngrams must be 3/);
    expect(() => validateToneModel({ ...good, threshold: 'high' })).toThrow(/threshold must be a finite number/);
    expect(() => validateToneModel({ ...good, weights: { 你: null } })).toThrow(/weight of "你"/);
    expect(() => validateToneModel({ ...good, weights: { 你这人啊: 1 } })).toThrow(/1 to 3 characters/);
    expect(() => validateToneModel([])).toThrow(/must be an object/);
  });
});

describe('tone features', () => {
  it('keeps 你 and 您 apart, reads 妳 as 你, Traditional as Simplified and placeholders as □', () => {
    expect(toneText('您好，{customer}！妳聽我說。').text).toBe('您好，□!你听我说。');
    expect(toneText('你  说  什么 ？？').text).toBe('你说什么?');
  });

  it('maps every character back to its offset in the value', () => {
    const value = '您好，{brand}！妳聽我說';
    const { text, at, len } = toneText(value);
    expect([...text].map((_, i) => value.slice(at[i], at[i]! + len[i]!))).toEqual([
      '您',
      '好',
      '，',
      '{brand}',
      '！',
      '妳',
      '聽',
      '我',
      '說',
    ]);
  });

  it('splits sentences at end marks with their closing quotes, not at line breaks', () => {
    const value = '您好。“你到底听不听？！”  好的\n再见';
    expect(toneSentences(value).map((s) => value.slice(s.start, s.end))).toEqual([
      '您好。',
      '“你到底听不听？！”',
      '好的\n再见',
    ]);
    expect(toneSentences('价格是3.5元。').map((s) => [s.start, s.end])).toEqual([[0, 8]]);
  });

  it('computes a number of features linear in the length of the sentence', () => {
    const long = '您好，请问有什么可以帮您？'.repeat(200);
    const text = toneText(long).text;
    expect(toneFeatures(text).length).toBeLessThanOrEqual(3 * (text.length + 2) + 5);
    expect(new Set(toneFeatures(text).map((f) => f.key)).size).toBe(toneFeatures(text).length);
  });

  it('scores by the model weights and names the strongest cues, joined where they overlap', () => {
    const model = {
      format: 'huashu-tone-1' as const,
      ngrams: 3,
      bias: -1,
      threshold: 0,
      weights: { 你这: 2, 这人: 1.5, '#you': 0.5 },
    };
    const result = scoreTone(model, toneText('你这人'));
    expect(result.score).toBeCloseTo(3);
    expect(result.rude).toBe(true);
    expect(result.cues.map((c) => [c.index, c.length])).toEqual([[0, 3]]);
  });
});

describe('scripts/train-tone.mjs', () => {
  const train = (out: string, seed: number) =>
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'scripts', 'train-tone.mjs'),
        '--fixture',
        join(__dirname, 'fixtures', 'tone'),
        '--no-cv',
        '--seed',
        String(seed),
        '--out',
        out,
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );

  it('writes the same model for the same seed, a valid one, that tells the fixture lines apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huashu-tone-test-'));
    try {
      train(join(dir, 'a.json'), 7);
      train(join(dir, 'b.json'), 7);
      train(join(dir, 'c.json'), 8);
      const a = readFileSync(join(dir, 'a.json'), 'utf8');
      expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
      expect(readFileSync(join(dir, 'c.json'), 'utf8')).not.toBe(a);
      const model = validateToneModel(JSON.parse(a));
      expect(scoreTone(model, toneText('你怎么又搞错了？')).score).toBeGreaterThan(
        scoreTone(model, toneText('请您稍等，我帮您查询一下。')).score,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the score without the feature list', () => {
  it('is the very same sum as the features one by one, on every sentence of every corpus line', () => {
    const dir = join(__dirname, '..', '..', 'test', 'corpus');
    let sentences = 0;
    let rude = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        if (line.trim() === '' || line.startsWith('#')) continue;
        for (const span of toneSentences(line)) {
          const sentence = toneText(line, span);
          let slow = TONE_MODEL.bias;
          for (const f of toneFeatures(sentence.text)) {
            const w = TONE_MODEL.weights[f.key];
            if (w !== undefined) slow += w;
          }
          expect(toneFeatureSum(sentence.text, TONE_MODEL.weights, TONE_MODEL.bias)).toBe(slow);
          const scored = scoreTone(TONE_MODEL, sentence);
          expect(scored.score).toBe(slow);
          expect(scored.rude).toBe(slow >= TONE_MODEL.threshold);
          sentences++;
          if (scored.rude) rude++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(2000);
    expect(rude).toBeGreaterThan(300);
  });
});

/** toneSentences as first written, with regular expressions over the folded copy: the oracle. */
function sentencesByRegex(value: string): { start: number; end: number }[] {
  const folded = foldText(value);
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(folded[s]!)) s++;
    while (e > s && /\s/.test(folded[e - 1]!)) e--;
    if (/[\p{L}\p{N}]/u.test(folded.slice(s, e))) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < folded.length; i++) {
    if (/[。!?｡．]/.test(folded[i]!)) {
      let end = i + 1;
      while (end < folded.length && /[。!?｡．”」』’﹂﹄)）\]】~～…]/.test(folded[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(folded.length);
  return spans;
}

/** Characters that exercise every branch of reading a sentence. */
const TRICKY = [
  ...'你妳您们吗呢啊嘛么别少不要给我赶紧快点请麻烦抱歉谢谢感谢這說聽，,、;；:：﹐﹑﹔﹕､。.｡．！!？?…”」』’﹂﹄)）]】~～{}｛｝_.aZＡ9 \n\t\u3000',
];
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRICKY, '{customer}', '{agent_id}', '{ x}', '𠀀', '\ud800', '\udc00', '😀'),
      fc.string({ maxLength: 2 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('the compiled tone scorer', () => {
  const scorer = builtinToneScorer();
  const slowSum = (value: string, span: { start: number; end: number }) =>
    toneFeatureSum(toneText(value, span).text, TONE_MODEL.weights, TONE_MODEL.bias);

  it('gives the very same sum as the feature list on every sentence of every corpus line', () => {
    const dir = join(__dirname, '..', '..', 'test', 'corpus');
    let sentences = 0;
    const files = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.txt') ? [join(d, e.name)] : [],
      );
    for (const file of files(dir)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        expect(toneSentences(line)).toEqual(sentencesByRegex(line));
        for (const span of toneSentences(line)) {
          expect(scorer.score(line, span)).toBe(slowSum(line, span));
          sentences++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(2000);
  });

  it('gives the very same sum and the same sentences on generated text with every kind of character', () => {
    fc.assert(
      fc.property(trickyText, (value) => {
        const spans = toneSentences(value);
        expect(spans).toEqual(sentencesByRegex(value));
        for (const span of spans) expect(scorer.score(value, span)).toBe(slowSum(value, span));
        // Any span, not only a sentence: the reading is the same wherever it starts and ends.
        const whole = { start: 0, end: value.length };
        expect(scorer.score(value, whole)).toBe(slowSum(value, whole));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a long sentence after short ones, and counts each feature once per sentence', () => {
    const long = '你到底听不听'.repeat(200);
    expect(scorer.score(long, { start: 0, end: long.length })).toBe(slowSum(long, { start: 0, end: long.length }));
    const twice = '你这人你这人';
    expect(scorer.score(twice, { start: 0, end: 6 })).toBe(slowSum(twice, { start: 0, end: 6 }));
  });
});
