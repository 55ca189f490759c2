/**
 * How long a line takes to say aloud. Seed 002 (服务电话回访规范) asks for 180–200 characters a
 * minute; Huashu reads at 190 unless the team sets another speed. Counted: Chinese characters,
 * digits and letters (a Latin word as two syllables), placeholders at a typical spoken length.
 * Clause punctuation is a short pause, a sentence end a longer one; quotes, brackets and
 * spaces are silent.
 */

export const DEFAULT_CHARS_PER_MINUTE = 190;
/** Seconds of pause for clause punctuation (，、；：) and for a sentence end (。！？…). */
export const CLAUSE_PAUSE = 0.25;
export const SENTENCE_PAUSE = 0.5;
/** Characters a placeholder stands for when its length is not known. */
export const DEFAULT_PLACEHOLDER_LENGTH = 3;

/** Typical spoken length, in characters, of the built-in placeholders. */
export const PLACEHOLDER_LENGTHS: Readonly<Record<string, number>> = {
  agent_id: 4,
  brand: 6,
  customer: 3,
  agent_name: 2,
  staff: 3,
  date: 4,
  hours: 3,
  phone: 11,
  issue: 6,
  department: 5,
  product: 3,
  reason: 6,
  advice: 8,
  activity: 6,
  details: 8,
  location: 6,
};

export interface SpeakingOptions {
  /** Reading speed in characters a minute. */
  charsPerMinute: number;
  /** Spoken length of placeholders by name; others count DEFAULT_PLACEHOLDER_LENGTH. */
  placeholderLengths?: Readonly<Record<string, number>>;
}

export const DEFAULT_SPEAKING: SpeakingOptions = { charsPerMinute: DEFAULT_CHARS_PER_MINUTE };

const TOKEN =
  /\{([A-Za-z0-9_]+)\}|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}0-9０-９])|([A-Za-zＡ-Ｚａ-ｚ]+)|([，、；：,;:])|([。！？!?…．]+)/gu;

/** What a line amounts to aloud: spoken characters and seconds of pause. */
export interface Spoken {
  characters: number;
  pause: number;
}

/** What each text amounts to with the built-in placeholder lengths: scripts repeat their lines on every keystroke. */
const known = new Map<string, Spoken>();
const MAX_KNOWN = 50_000;

export function spoken(text: string, options: SpeakingOptions = DEFAULT_SPEAKING): Spoken {
  if (options.placeholderLengths) return count(text, options.placeholderLengths);
  let found = known.get(text);
  if (!found) {
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(text, (found = count(text, PLACEHOLDER_LENGTHS)));
  }
  return found;
}

function count(text: string, lengths: Readonly<Record<string, number>>): Spoken {
  let characters = 0;
  let pause = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) characters += lengths[m[1]] ?? PLACEHOLDER_LENGTHS[m[1]] ?? DEFAULT_PLACEHOLDER_LENGTH;
    else if (m[2] !== undefined) characters += 1;
    else if (m[3] !== undefined) characters += 2;
    else if (m[4] !== undefined) pause += CLAUSE_PAUSE;
    else pause += SENTENCE_PAUSE;
  }
  return { characters, pause };
}

/** Seconds to say `text` aloud, pauses of its punctuation included. */
export function speakingSeconds(text: string, options: SpeakingOptions = DEFAULT_SPEAKING): number {
  const { characters, pause } = spoken(text, options);
  if (characters === 0) return 0;
  return (characters * 60) / options.charsPerMinute + pause;
}

/** `≈ 12 s @190字/分`: the figure an editor shows beside an agent line. */
export function speakingLabel(seconds: number, charsPerMinute: number): string {
  return `≈ ${formatSeconds(seconds)} s @${charsPerMinute}字/分`;
}

/** Whole seconds, or one decimal under 10 s. */
export function formatSeconds(seconds: number): string {
  return seconds < 10 ? String(Math.round(seconds * 10) / 10) : String(Math.round(seconds));
}
