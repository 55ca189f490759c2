import type { Message } from '../l10n';
import { phraseKey } from '../matcher/phrasePattern';
import { PhraseMatcher } from '../matcher/phraseMatcher';
import type { Phrasebook } from '../phrasebook/types';
import { configMessages as M } from './messages';
import type { Span } from './types';

/**
 * Removes the forbidden phrases named by `forbidden.remove`: by id, by text compared
 * regardless of script, width and punctuation, or by a text that a phrase matches whole
 * (`急什么` removes the pattern that catches it). One automaton over the phrasebook and one
 * scan per entry, so the time is linear in the phrasebook plus the list. An entry that names
 * nothing is reported.
 */
export function removeForbidden(
  book: Phrasebook,
  remove: ReadonlyArray<{ value: string; span: Span }>,
  report: (span: Span, message: Message, args?: Record<string, string>) => void,
): void {
  const byId = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  };
  const specs = book.forbidden.map((f) => {
    const phrase = f.phrase;
    index(byId, f.id, f.id);
    index(byKey, phraseKey(phrase), f.id);
    return { phrase, version: f.syntax ?? 1, ...(f.clause ? { clause: f.clause } : {}) };
  });
  let matcher: PhraseMatcher | undefined;
  const matchedWhole = (value: string): string[] => {
    const text = value.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    matcher ??= new PhraseMatcher(specs, book.classes);
    return matcher
      .scan(text)
      .filter((m) => m.start === 0 && m.end === text.length)
      .map((m) => book.forbidden[m.phrase]!.id);
  };
  const removed = new Set<string>();
  for (const { value, span } of remove) {
    const hits = byId.get(value) ?? [...(byKey.get(phraseKey(value)) ?? []), ...matchedWhole(value)];
    if (hits.length === 0) report(span, M.notRemovable, { value });
    for (const id of hits) removed.add(id);
  }
  book.forbidden = book.forbidden.filter((f) => !removed.has(f.id));
}
