import s2tPhrases from '../../../data/chinese/s2t-phrases.txt';
import type { ScriptModel } from '../parse/scriptModel';
import { foldCode } from '../text/fold';
import { TAIWAN_FORMS, type ChineseForms } from './chineseForms';
import { characterTable } from './s2tCharacters';

interface PhraseTable {
  phrases: Map<string, string>;
  /** The longest phrase (in code points) that starts with a character. */
  longest: Map<string, number>;
}
let phraseTable: PhraseTable | undefined;

/**
 * The phrase table. A row's value is left out when it is the character-by-character
 * conversion, and '.' in it stands for a character converted on its own (see the generator).
 */
function phrases(): PhraseTable {
  if (phraseTable) return phraseTable;
  const chars = characterTable();
  const own = (ch: string) => chars.get(ch.codePointAt(0)!) ?? ch;
  const table: PhraseTable = { phrases: new Map(), longest: new Map() };
  for (const line of s2tPhrases.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [from = '', marked] = line.trimEnd().split('\t');
    const source = [...from];
    if (source.length < 2) continue;
    const target = marked === undefined ? source.map(own) : [...marked];
    const value =
      target.length === source.length ? target.map((c, i) => (c === '.' ? own(source[i]!) : c)).join('') : marked!;
    table.phrases.set(from, value);
    table.longest.set(source[0]!, Math.max(table.longest.get(source[0]!) ?? 0, source.length));
  }
  return (phraseTable = table);
}

/**
 * Converts Simplified text to Traditional as OpenCC does: at each character the longest
 * phrase of OpenCC's phrase dictionary that starts there (联系 → 聯繫, 回复 → 回覆), else the
 * character's own conversion. Then each character with regional forms takes the one in
 * `forms` (爲 → 為). Linear in the text: phrases are at most a dozen characters long.
 */
export function toTraditional(text: string, forms: ChineseForms = TAIWAN_FORMS): string {
  const { phrases: table, longest } = phrases();
  const chars = characterTable();
  const source = [...text];
  let out = '';
  for (let i = 0; i < source.length;) {
    let taken = 0;
    const reach = Math.min(longest.get(source[i]!) ?? 0, source.length - i);
    for (let n = reach; n >= 2 && taken === 0; n--) {
      const value = table.get(source.slice(i, i + n).join(''));
      if (value !== undefined) {
        out += value;
        taken = n;
      }
    }
    if (taken === 0) {
      out += chars.get(source[i]!.codePointAt(0)!) ?? source[i];
      taken = 1;
    }
    i += taken;
  }
  return forms.apply(out);
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
  const table = characterTable();
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
