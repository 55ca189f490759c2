import type { ToneModel } from './model';
import { ToneScorer } from './scorer';
import { toneData } from './toneData';

let model: ToneModel | undefined;
let scorer: ToneScorer | undefined;

/** The built-in tone model (server/data/tone/model.json), trained by scripts/train-tone.mjs. */
export function builtinToneModel(): ToneModel {
  model ??= JSON.parse(toneData().model) as ToneModel;
  return model;
}

/** The built-in tone model compiled for scoring sentences (see ToneScorer). */
export function builtinToneScorer(): ToneScorer {
  scorer ??= new ToneScorer(toneData().table);
  return scorer;
}
