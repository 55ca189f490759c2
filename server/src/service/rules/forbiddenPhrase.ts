import type { ScalarText } from '../parse/scalarText';
import type { CompiledPhrasebook } from '../phrasebook/compiled';
import type { Category, ForbiddenPhrase } from '../phrasebook/types';
import { sentenceFix, sentenceFixes } from '../edit/sentenceFix';
import { cachedForString, stringSlot } from './stringCache';
import { defineRule } from './types';

const MAX_REPLACEMENTS = 5;

/** A forbidden phrase in a string, by value offsets, with what to say instead. */
export interface ForbiddenMatch {
  start: number;
  end: number;
  entry: ForbiddenPhrase;
  category: Category | undefined;
  /** The texts of the approved phrases the entry suggests, in its order. */
  suggestions: string[];
}

/**
 * The forbidden phrases of `value` that the rule reports, by position: a match inside an
 * earlier, longer one is left out; of matches of the same text, a phrase of a later file wins
 * (a team phrasebook's entry over the built-in one), and within one file the first. The rule
 * and the hover both find phrases with this.
 */
export function forbiddenMatches(value: string, phrasebook: CompiledPhrasebook): ForbiddenMatch[] {
  const { book, forbiddenMatcher } = phrasebook;
  /** Of two phrases matching the same text: a later file's over an earlier one's, else the first. */
  const tie = (a: number, b: number) =>
    book.forbidden[a]!.origin.file === book.forbidden[b]!.origin.file ? a - b : b - a;
  const matches = forbiddenMatcher
    .scan(value)
    .sort((a, b) => a.start - b.start || b.end - a.end || tie(a.phrase, b.phrase));
  const found: ForbiddenMatch[] = [];
  let coveredTo = -1;
  for (const match of matches) {
    if (match.end <= coveredTo) continue;
    coveredTo = match.end;
    const entry = book.forbidden[match.phrase]!;
    const suggestions = entry.suggest.flatMap((id) => {
      const phrase = book.approvedById.get(id);
      return phrase ? [phrase.text] : [];
    });
    found.push({
      start: match.start,
      end: match.end,
      entry,
      category: book.forbiddenCategories.get(entry.category),
      suggestions,
    });
  }
  return found;
}

const MATCHES = stringSlot();

/**
 * `forbiddenMatches` of a parsed string, found once for every rule that needs them (this rule,
 * rude-tone and polite-pronoun stay silent where a forbidden phrase is found).
 */
export function forbiddenMatchesOf(text: ScalarText, phrasebook: CompiledPhrasebook): ForbiddenMatch[] {
  return cachedForString(text, phrasebook, MATCHES, forbiddenMatches);
}

/**
 * No agent line uses a forbidden phrase (服务忌语), in any script, width or punctuation. The
 * finding covers the phrase; its fixes rewrite the clause or sentence around it (see `sentenceFix`).
 */
export const forbiddenPhrase = defineRule({
  id: 'forbidden-phrase',
  defaultSeverity: 'error',
  description: {
    zh: '客服的话里不得出现服务忌语（不分简繁、全半角、标点）。',
    en: 'Agent speech must not use a forbidden phrase (in Simplified or Traditional, any width or punctuation).',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    const { value } = speech.text;
    for (const { start, end, entry, category, suggestions } of forbiddenMatchesOf(speech.text, phrasebook)) {
      const fix = sentenceFix(value, start, end, suggestions.slice(0, MAX_REPLACEMENTS));
      report({
        start,
        end,
        message: {
          zh: '服务忌语（{categoryZh}）：“{text}”',
          en: 'Forbidden phrase ({categoryEn}): "{text}"',
        },
        args: {
          categoryZh: category?.name.zh ?? entry.category,
          categoryEn: category?.name.en ?? entry.category,
          text: value.slice(start, end),
        },
        data: { phraseId: entry.id, ...fix },
      });
    }
  },
  fixes: (diagnostic, context, first) => sentenceFixes(context, diagnostic, first),
});
