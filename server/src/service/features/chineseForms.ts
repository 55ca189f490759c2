import variantTable from '../../../data/chinese/s2t-variants.txt';
import type { ScriptModel } from '../parse/scriptModel';
import { characterTable } from './s2tCharacters';

/** The standards a Traditional text can follow for characters with regional forms. */
type Standard = 'taiwan' | 'hongKong' | 'opencc';
/** When nothing tells, Taiwan's forms: see README "Traditional Chinese". */
const STANDARDS: readonly Standard[] = ['taiwan', 'hongKong', 'opencc'];

/** One character with regional forms: OpenCC's standard form and each standard's form. */
type Variant = Record<Standard, string>;

let variants: Variant[] | undefined;

function variantRows(): Variant[] {
  if (variants) return variants;
  variants = [];
  for (const line of variantTable.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [opencc, taiwan, hongKong] = line.trimEnd().split('\t');
    if (!opencc || !taiwan || !hongKong) continue;
    variants.push({ opencc, taiwan: taiwan === '-' ? opencc : taiwan, hongKong: hongKong === '-' ? opencc : hongKong });
  }
  return variants;
}

/** The form to write for each character with regional forms (爲 or 為, 裏 or 裡, 着 or 著 …). */
export class ChineseForms {
  private readonly chosen: Map<string, string>;

  constructor(chosen: Map<string, string>) {
    this.chosen = chosen;
  }

  /** Turns OpenCC's standard forms in converted text into the chosen ones. */
  apply(text: string): string {
    let out = '';
    for (const ch of text) out += this.chosen.get(ch) ?? ch;
    return out;
  }

  /** The form written for OpenCC's standard form `opencc`. */
  formOf(opencc: string): string {
    return this.chosen.get(opencc) ?? opencc;
  }
}

function formsOfStandard(standard: Standard, except: Map<string, string> = new Map()): ChineseForms {
  const chosen = new Map<string, string>();
  for (const v of variantRows()) {
    const form = except.get(v.opencc) ?? v[standard];
    if (form !== v.opencc) chosen.set(v.opencc, form);
  }
  return new ChineseForms(chosen);
}

export const TAIWAN_FORMS = formsOfStandard('taiwan');
/** OpenCC's standard forms: conversion alone, before a script's forms are applied. */
export const OPENCC_FORMS = new ChineseForms(new Map());

const known = new WeakMap<ScriptModel, ChineseForms>();
/** The forms made, by standard and the forms the writer chose (written in the rows' order). */
const interned = new Map<string, ChineseForms>();
const MAX_INTERNED = 64;

/**
 * The forms the script's own agent speech uses. A character the writer has written in one
 * of its forms keeps the form written most; the others follow the standard (Taiwan, Hong
 * Kong, OpenCC's) whose forms the writer chose for the most characters (Taiwan on a tie or
 * when nothing tells). Linear in the speech.
 */
export function writerForms(model: ScriptModel): ChineseForms {
  const cached = known.get(model);
  if (cached) return cached;
  const rows = variantRows();
  const counts = new Map<string, number>();
  for (const v of rows) for (const s of STANDARDS) counts.set(v[s], 0);
  for (const speech of model.speech) {
    if (speech.role !== 'agent') continue;
    for (const ch of speech.text.value) {
      const n = counts.get(ch);
      if (n !== undefined) counts.set(ch, n + 1);
    }
  }
  const written = new Map<string, string>();
  const votes: Record<Standard, number> = { taiwan: 0, hongKong: 0, opencc: 0 };
  for (const v of rows) {
    let best: string | undefined;
    for (const s of STANDARDS) if ((counts.get(v[s]) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = v[s];
    if (best === undefined) continue;
    written.set(v.opencc, best);
    // A form that is also the Simplified character (台 for 臺, 户 for 戶) may be Simplified
    // text pasted in: it is followed for its own character but tells nothing of the standard.
    const simplified = characterTable().get(best.codePointAt(0)!);
    if (simplified !== undefined && simplified !== best) continue;
    for (const s of STANDARDS) if (v[s] === best) votes[s]++;
  }
  const standard = STANDARDS.reduce((a, b) => (votes[b] > votes[a] ? b : a));
  // One object for the same forms, edit after edit: what is cached per forms (converted
  // messages, completion lists) lasts while the writer keeps to them.
  let key = standard;
  for (const [opencc, form] of written) key += opencc + form;
  let forms = interned.get(key);
  if (!forms) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    interned.set(key, (forms = formsOfStandard(standard, written)));
  }
  known.set(model, forms);
  return forms;
}
