import { MAX_NGRAM, toneFeatureSum, toneFeatures, type ToneText } from './features';

/** The tone model as stored in server/data/tone/model.json (written by scripts/train-tone.mjs). */
export interface ToneModel {
  format: 'huashu-tone-1';
  /** Longest character n-gram among the features. */
  ngrams: number;
  bias: number;
  /** A sentence is rude in tone when bias + Σ weights of its features reaches this (a logit). */
  threshold: number;
  /** Feature key (an n-gram, or a named cue starting with #) → weight. */
  weights: Record<string, number>;
}

/** Checks the shape of a parsed model file; throws with what is wrong. */
export function validateToneModel(data: unknown, file = 'server/data/tone/model.json'): ToneModel {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('must be an object');
  const m = data as Record<string, unknown>;
  if (m.format !== 'huashu-tone-1') fail(`format must be "huashu-tone-1", not ${JSON.stringify(m.format)}`);
  if (m.ngrams !== MAX_NGRAM) fail(`ngrams must be ${MAX_NGRAM}, the n-gram length the features use`);
  for (const key of ['bias', 'threshold'] as const)
    if (typeof m[key] !== 'number' || !Number.isFinite(m[key])) fail(`${key} must be a finite number`);
  const weights = m.weights;
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights))
    return fail('weights must be an object');
  for (const [key, w] of Object.entries(weights as Record<string, unknown>)) {
    if (typeof w !== 'number' || !Number.isFinite(w)) fail(`weight of ${JSON.stringify(key)} must be a finite number`);
    if (!key.startsWith('#') && (key.length === 0 || key.length > MAX_NGRAM))
      fail(`feature ${JSON.stringify(key)} must be 1 to ${MAX_NGRAM} characters long`);
  }
  return m as unknown as ToneModel;
}

/** The judgement on one sentence: its score and the n-grams that weighed most towards rudeness. */
export interface ToneScore {
  score: number;
  rude: boolean;
  /**
   * Spans in ToneText.text of the strongest rude cues, strongest first, not overlapping: the
   * n-grams (words of two or more characters) that weighed most, joined where they overlap or touch.
   */
  cues: { index: number; length: number; weight: number }[];
}

const MAX_CUES = 3;
/** How many of the strongest n-grams the cues are made of. */
const MAX_NGRAMS = 6;
/** A cue worth naming: letters, digits and ideographs only (no punctuation, placeholder or edge mark). */
const WORD = /^[\p{L}\p{N}]+$/u;

/** Scores a sentence read by `toneText`: one pass over its features, one map lookup each. */
export function scoreTone(model: ToneModel, sentence: ToneText): ToneScore {
  const sum = toneFeatureSum(sentence.text, model.weights, model.bias);
  if (sum < model.threshold) return { score: sum, rude: false, cues: [] };
  let score = model.bias;
  const positive: { index: number; length: number; weight: number }[] = [];
  for (const f of toneFeatures(sentence.text)) {
    const w = model.weights[f.key];
    if (w === undefined) continue;
    score += w;
    if (w > 0 && f.length >= 2 && WORD.test(f.key)) positive.push({ index: f.index, length: f.length, weight: w });
  }
  positive.sort((a, b) => b.weight - a.weight || a.index - b.index);
  // The strongest n-grams, joined where they overlap or touch, so that a cue reads as words.
  const strongest = positive.slice(0, MAX_NGRAMS).sort((a, b) => a.index - b.index);
  const runs: ToneScore['cues'] = [];
  for (const p of strongest) {
    const last = runs.at(-1);
    if (last && p.index <= last.index + last.length) {
      last.length = Math.max(last.length, p.index + p.length - last.index);
      last.weight = Math.max(last.weight, p.weight);
    } else runs.push({ ...p });
  }
  const cues = runs.sort((a, b) => b.weight - a.weight || a.index - b.index).slice(0, MAX_CUES);
  return { score, rude: score >= model.threshold, cues };
}
