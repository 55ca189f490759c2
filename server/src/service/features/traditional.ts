import s2tTable from '../../../data/chinese/s2t.txt';
import type { ScriptModel } from '../parse/scriptModel';
import { foldCode } from '../text/fold';

let s2t: Map<number, string> | undefined;

/** The Simplified-to-Traditional display table, by code point (some targets are outside the BMP). */
function displayTable(): Map<number, string> {
  if (s2t) return s2t;
  s2t = new Map();
  for (const line of s2tTable.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [from, to] = line.split('\t');
    const source = from ? [...from] : [];
    const target = to ? [...to.trimEnd()] : [];
    if (source.length === 1 && target.length === 1) s2t.set(source[0]!.codePointAt(0)!, target[0]!);
  }
  return s2t;
}

/** Converts Simplified text to Traditional character by character, for display and insertion. */
export function toTraditional(text: string): string {
  const table = displayTable();
  let out = '';
  for (const ch of text) out += table.get(ch.codePointAt(0)!) ?? ch;
  return out;
}

/** CJK ideographs (the unified blocks and compatibility ideographs); punctuation does not count. */
const isIdeograph = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** Telling characters (those that differ between the scripts) looked at before deciding. */
const SAMPLE = 400;
const verdicts = new WeakMap<ScriptModel, boolean>();

/**
 * Whether the script's agent speech is mostly Traditional: more of its characters change
 * when folded to Simplified than when converted to Traditional. Decided on the first
 * SAMPLE telling characters, so the cost does not grow with the script; kept per model.
 */
export function isMostlyTraditional(model: ScriptModel): boolean {
  const known = verdicts.get(model);
  if (known !== undefined) return known;
  const table = displayTable();
  let traditional = 0;
  let simplified = 0;
  for (const speech of model.speech) {
    if (speech.role !== 'agent') continue;
    const value = speech.text.value;
    for (let i = 0; i < value.length && traditional + simplified < SAMPLE; i++) {
      const code = value.charCodeAt(i);
      if (!isIdeograph(code)) continue;
      if (foldCode(code) !== code) traditional++;
      else if (table.has(code) && table.get(code) !== value[i]) simplified++;
    }
    if (traditional + simplified >= SAMPLE) break;
  }
  const verdict = traditional > simplified;
  verdicts.set(model, verdict);
  return verdict;
}
