import type { ToneModel } from './model';
import { ToneScorer } from './scorer';
import { toneModelOf } from './table';
import { toneData } from './toneData';

let model: ToneModel | undefined;
let scorer: ToneScorer | undefined;

/**
 * The built-in tone model (server/data/tone/model.json), trained by scripts/train-tone.mjs:
 * its weights as an object, made on first use (a sentence that scores rude) from the table.
 */
export function builtinToneModel(): ToneModel {
  model ??= toneModelOf(toneData());
  return model;
}

/** The built-in tone model compiled for scoring sentences (see ToneScorer). */
export function builtinToneScorer(): ToneScorer {
  scorer ??= new ToneScorer(toneData());
  return scorer;
}
