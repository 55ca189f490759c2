import type { Message } from '../l10n';
import { phraseKey } from '../matcher/phrasePattern';
import type { Phrasebook } from '../phrasebook/types';
import { configMessages as M } from './messages';
import type { Span } from './types';

/**
 * Removes the forbidden phrases named by `forbidden.remove` (by id, or by text compared
 * regardless of script, width and punctuation). Each entry costs one lookup, so the time is
 * linear in the phrasebook plus the list. An entry that names nothing is reported.
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
  for (const f of book.forbidden) {
    index(byId, f.id, f.id);
    index(byKey, phraseKey(f.phrase), f.id);
  }
  const removed = new Set<string>();
  for (const { value, span } of remove) {
    const hits = [...(byId.get(value) ?? []), ...(byKey.get(phraseKey(value)) ?? [])];
    if (hits.length === 0) report(span, M.notRemovable, { value });
    for (const id of hits) removed.add(id);
  }
  book.forbidden = book.forbidden.filter((f) => !removed.has(f.id));
}
