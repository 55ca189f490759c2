import modelData from '../../../data/tone/model.json';
import { validateToneModel } from './model';
import { toneTableOf, type ToneTable } from './scorer';

/** The built-in tone model: its file as JSON text, and the scorer's tables computed from it. */
export interface ToneData {
  model: string;
  table: ToneTable;
}

/**
 * The built-in tone model, server/data/tone/model.json, checked. From source it is read here;
 * the build (scripts/precomputedTables.mjs) replaces this module with one that returns what this
 * function returned at build time, so a run neither builds the 7,000 weights as an object nor
 * hashes them: the object is made from the text only when a sentence is scored rude.
 */
export function toneData(): ToneData {
  const model = validateToneModel(modelData);
  return { model: JSON.stringify(model), table: toneTableOf(model) };
}
