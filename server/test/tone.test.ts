import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import modelData from '../data/tone/model.json';
import { TONE_MODEL } from '../src/service/rules/rudeTone';
import { toneFeatureSum, toneFeatures, toneSentences, toneText } from '../src/service/tone/features';
import { scoreTone, validateToneModel } from '../src/service/tone/model';

const ROOT = join(__dirname, '..', '..');
const MODEL_FILE = join(ROOT, 'server', 'data', 'tone', 'model.json');

describe('tone model file', () => {
  it('loads, validates and stays small', () => {
    expect(validateToneModel(modelData)).toBe(modelData);
    expect(Object.keys(TONE_MODEL.weights).length).toBeGreaterThan(1000);
    expect(statSync(MODEL_FILE).size).toBeLessThanOrEqual(300 * 1024);
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
