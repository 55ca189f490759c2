import { defineRule } from './types';

const USE = /\{([^{}\s]*)\}/g;

/** Edit distance with transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name nearest to `name`, if it is near enough to be a typo. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** `{agnet_id}`-style typos and unknown placeholder names. */
export const unknownPlaceholder = defineRule({
  id: 'unknown-placeholder',
  defaultSeverity: 'warning',
  description: {
    zh: '占位符必须是已知的名字，如 {agent_id}、{brand}、{customer}。',
    en: 'Placeholders must use a known name such as {agent_id}, {brand} or {customer}.',
  },
  speechRoles: ['agent', 'customer'],
  checkSpeech(speech, phrasebook, report) {
    const known = phrasebook.placeholderNames;
    const { value } = speech.text;
    for (const m of value.matchAll(USE)) {
      const name = m[1]!;
      if (phrasebook.book.placeholders.has(name) || phrasebook.book.placeholderAliases.has(name)) continue;
      const near = nearestName(name, known);
      const at = m.index!;
      report({
        start: at,
        end: at + m[0].length,
        message: near
          ? {
              zh: '未知的占位符 {{name}}，是否想写 {{near}}？',
              en: 'Unknown placeholder {{name}}: did you mean {{near}}?',
            }
          : {
              zh: '未知的占位符 {{name}}，已知的有：{known}',
              en: 'Unknown placeholder {{name}}; known placeholders: {known}',
            },
        args: { name, ...(near ? { near } : {}), known: known.map((k) => `{${k}}`).join(', ') },
        ...(near ? { data: { replacements: [`{${near}}`] } } : {}),
      });
    }
  },
});
