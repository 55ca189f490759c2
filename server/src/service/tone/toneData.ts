import modelData from '../../../data/tone/model.json';
import { validateToneModel } from './model';
import { toneTableOf, type ToneTable } from './table';

/**
 * The built-in tone model, server/data/tone/model.json, checked and in the form the scorer reads
 * (table.ts). From source it is computed here; the build (scripts/precomputedTables.mjs)
 * replaces this module with one that returns what this function returned at build time, so a
 * run neither builds the 7,000 weights as an object nor hashes them.
 */
export function toneData(): ToneTable {
  return toneTableOf(validateToneModel(modelData));
}
