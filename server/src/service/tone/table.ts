import { MAX_NGRAM } from './features';
import type { ToneModel } from './model';

/**
 * The tone model as the scorer reads it: its n-grams with the slot of each in the scorer's
 * open-addressing table, in compact form. The build computes it once for the built-in model
 * (toneData.ts), so that a run neither builds the weights as an object nor hashes them.
 */
export interface ToneTable {
  bias: number;
  threshold: number;
  /** The number of slots of the scorer's table: a power of two, at most 65,536. */
  size: number;
  /** The n-grams by length: `grams[n - 1]` holds every n-gram of n code units, one after another. */
  grams: string[];
  /** The slot of each n-gram, in the order of `grams` (1-grams first), one code unit each. */
  slots: string;
  /** The weight of each n-gram, in the same order. */
  weights: number[];
  /** The named cues (keys starting with #) and their weights. */
  cues: [string, number][];
}

/** The hash of an n-gram: its length and its code units (0 where it has fewer than three). */
export function hashOf(n: number, a: number, b: number, c: number): number {
  let h = Math.imul((n << 16) ^ a, 0x9e3779b1);
  h = Math.imul(h ^ ((b << 16) | c), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The table of a validated model: each n-gram hashed into its slot, by linear probing in the model's order. */
export function toneTableOf(model: ToneModel): ToneTable {
  const entries = Object.entries(model.weights);
  const grams = entries.filter(([key]) => !key.startsWith('#') && key.length >= 1 && key.length <= MAX_NGRAM);
  let size = 16;
  while (size < grams.length * 2) size *= 2;
  if (size > 0x10000) throw new Error(`the tone model has ${grams.length} n-grams; the scorer holds at most 32,768`);
  const mask = size - 1;
  const used = new Uint8Array(size);
  const slotOf = new Map<string, number>();
  for (const [key] of grams) {
    const n = key.length;
    const c = (i: number) => (i < n ? key.charCodeAt(i) : 0);
    let slot = hashOf(n, c(0), c(1), c(2)) & mask;
    while (used[slot] !== 0) slot = (slot + 1) & mask;
    used[slot] = 1;
    slotOf.set(key, slot);
  }
  const table: ToneTable = {
    bias: model.bias,
    threshold: model.threshold,
    size,
    grams: [],
    slots: '',
    weights: [],
    cues: entries.filter(([key]) => key.startsWith('#')),
  };
  for (let n = 1; n <= MAX_NGRAM; n++) {
    let text = '';
    for (const [key, weight] of grams) {
      if (key.length !== n) continue;
      text += key;
      table.slots += String.fromCharCode(slotOf.get(key)!);
      table.weights.push(weight);
    }
    table.grams.push(text);
  }
  return table;
}

/** The model a table was made from: the same weights (in another key order). */
export function toneModelOf(table: ToneTable): ToneModel {
  const weights: Record<string, number> = {};
  let k = 0;
  table.grams.forEach((text, index) => {
    const n = index + 1;
    for (let i = 0; i < text.length; i += n) weights[text.slice(i, i + n)] = table.weights[k++]!;
  });
  for (const [key, weight] of table.cues) weights[key] = weight;
  return { format: 'huashu-tone-1', ngrams: MAX_NGRAM, bias: table.bias, threshold: table.threshold, weights };
}
