import { defineRule } from './types';

const MAX_REPLACEMENTS = 5;

/** No agent line uses a forbidden phrase (服务忌语), in any script, width or punctuation. */
export const forbiddenPhrase = defineRule({
  id: 'forbidden-phrase',
  defaultSeverity: 'error',
  description: {
    zh: '客服的话里不得出现服务忌语（不分简繁、全半角、标点）。',
    en: 'Agent speech must not use a forbidden phrase (in Simplified or Traditional, any width or punctuation).',
  },
  speechRoles: ['agent'],
  checkSpeech(speech, phrasebook, report) {
    const { book, forbiddenMatcher } = phrasebook;
    const { value } = speech.text;
    const matches = forbiddenMatcher
      .scan(value)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.phrase - b.phrase);
    let coveredTo = -1;
    for (const match of matches) {
      if (match.end <= coveredTo) continue;
      coveredTo = match.end;
      const entry = book.forbidden[match.phrase]!;
      const category = book.forbiddenCategories.get(entry.category);
      const suggestions = entry.suggest.map((id) => book.approvedById.get(id)!.text);
      report({
        start: match.start,
        end: match.end,
        message: {
          zh: '服务忌语（{categoryZh}）：“{text}”。请改说：“{suggestion}”',
          en: 'Forbidden phrase ({categoryEn}): "{text}". Say instead: "{suggestion}"',
        },
        args: {
          categoryZh: category?.name.zh ?? entry.category,
          categoryEn: category?.name.en ?? entry.category,
          text: value.slice(match.start, match.end),
          suggestion: suggestions[0] ?? '',
        },
        data: { phraseId: entry.id, replacements: suggestions.slice(0, MAX_REPLACEMENTS) },
      });
    }
  },
});
