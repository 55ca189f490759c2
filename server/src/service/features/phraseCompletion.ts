import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionItem, CompletionList, MarkupContent, Range } from 'vscode-languageserver-types';
import { localize, type Language } from '../l10n';
import type { CompiledPhrasebook } from '../phrasebook/compiled';
import type { ApprovedPhrase } from '../phrasebook/types';
import type { FeatureContext } from './context';
import { placed } from './itemDefaults';
import type { CursorContext } from './cursorContext';
import { phraseCatalog, type CatalogPhrase } from './phraseCatalog';
import { phraseInsert, plainTail, type InsertPlace } from './snippets';
import { isMostlyTraditional } from './traditional';

/** Where the speech is: decides which phrases come first. */
export interface SpeechPlace {
  section: 'greeting' | 'closing' | 'steps' | 'scenarios';
  scenario?: string;
  /** In steps: the turn's index in the list (a later turn does not open the call). */
  turn?: number;
}

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/** How many words of a scenario's name a situation shares (`supervisor` ~ `supervisor-request`). */
function sharedWords(scenario: string, situation: string): number {
  const theirs = words(situation);
  return words(scenario).filter((w) => theirs.some((t) => sameWord(w, t))).length;
}

/**
 * The rank of a phrase at a place, lower first: 0 for the phrases the place calls for
 * (greetings that say `{agent_id}` in the greeting, the scenario's own situation), then by
 * shared words, then the rest. A turn after the first in steps puts greetings last.
 */
function ranker(place: SpeechPlace): (p: CatalogPhrase) => number {
  switch (place.section) {
    case 'greeting':
      return ({ phrase, saysAgentId }) => (phrase.category !== 'greeting' ? 100 : saysAgentId ? 0 : 1);
    case 'closing':
      return ({ phrase }) => (phrase.category === 'closing' ? 0 : 100);
    case 'steps':
      return ({ phrase }) => ((place.turn ?? 0) > 0 && phrase.category === 'greeting' ? 100 : 0);
    case 'scenarios': {
      const scenario = place.scenario ?? '';
      const scores = new Map<string, number>();
      return ({ phrase: p }) => {
        if (!p.situation) return 100;
        if (p.situation === scenario) return 0;
        let score = scores.get(p.situation);
        if (score === undefined) {
          score = sharedWords(scenario, p.situation);
          scores.set(p.situation, score);
        }
        return score > 0 ? 99 - Math.min(score, 98) : 100;
      };
    }
  }
}

/** The longest text after the cursor that a completion quotes together with the phrase. */
const QUOTABLE_TAIL = 200;

/**
 * A rank (0–100) as the start of a sort text: two base-36 digits, which sort as the numbers do
 * (editors compare sort texts as strings; `0`–`9` come before `a`–`z`). Short, because a list
 * has hundreds of items and every byte of it crosses the wire on every keystroke.
 */
const rankText = (rank: number) => rank.toString(36).padStart(2, '0');

function documentation(p: ApprovedPhrase, locale: Language): string {
  const lines = [
    p.source ? localize({ zh: '来源：{source}', en: 'Source: {source}' }, locale, { source: p.source }) : '',
    p.situation
      ? localize({ zh: '情景：`{situation}`', en: 'Situation: `{situation}`' }, locale, { situation: p.situation })
      : '',
    `id: \`${p.id}\``,
  ];
  return lines.filter((l) => l !== '').join('\n\n');
}

/** What a phrase's item shows whatever the cursor: made once per phrasebook and language, then shared. */
interface PhraseFace {
  entry: CatalogPhrase;
  detail: string;
  documentation: MarkupContent;
  /** The end of its sort text, after the rank: its place in the catalog (by category, then phrasebook), base 36. */
  order: string;
}

const faces = new WeakMap<CompiledPhrasebook, Partial<Record<Language, PhraseFace[]>>>();

function phraseFaces(phrasebook: CompiledPhrasebook, locale: Language): PhraseFace[] {
  let byLanguage = faces.get(phrasebook);
  if (!byLanguage) faces.set(phrasebook, (byLanguage = {}));
  const cached = byLanguage[locale];
  if (cached) return cached;
  const categories = phrasebook.book.approvedCategories;
  const { phrases } = phraseCatalog(phrasebook);
  const width = Math.max(1, (phrases.length - 1).toString(36).length);
  return (byLanguage[locale] = phrases.map((entry, position) => {
    const { phrase } = entry;
    const category = categories.get(phrase.category)?.name[locale] ?? phrase.category;
    const when = phrase.when
      ? localize({ zh: ' · 条件：{when}', en: ' · when: {when}' }, locale, { when: phrase.when })
      : '';
    return {
      entry,
      detail: category + when,
      documentation: { kind: MarkupKind.Markdown, value: documentation(phrase, locale) },
      order: position.toString(36).padStart(width, '0'),
    };
  }));
}

/** Each phrase as written at one kind of place, in the catalog's order (undefined: it cannot be written there). */
type Inserts = Array<{ newText: string; snippet: boolean; quoted: boolean } | undefined>;

/**
 * The inserts of the last place asked for, per phrasebook: typing on in the same value asks
 * for the same place again, so each request does not write the whole catalog anew.
 */
const lastInserts = new WeakMap<CompiledPhrasebook, { key: string; inserts: Inserts }>();

function insertsAt(
  phrasebook: CompiledPhrasebook,
  traditional: boolean,
  style: CursorContext['style'],
  prefix: string,
  where: InsertPlace,
): Inserts {
  const key = JSON.stringify([traditional, style, prefix, where.flow, where.indent, where.tail, where.after]);
  const last = lastInserts.get(phrasebook);
  if (last?.key === key) return last.inserts;
  const inserts = phraseCatalog(phrasebook).phrases.map((entry) => {
    const insert = phraseInsert(traditional ? entry.traditional : entry.phrase.text, style, where);
    return insert && { newText: prefix + insert.text, snippet: insert.snippet, quoted: insert.quoted };
  });
  lastInserts.set(phrasebook, { key, inserts });
  return inserts;
}

/** The rank of a place as a key: places with one key rank every phrase alike. */
function rankKey(place: SpeechPlace): string {
  switch (place.section) {
    case 'steps':
      return (place.turn ?? 0) > 0 ? 'steps>0' : 'steps';
    case 'scenarios':
      return `scenarios:${place.scenario ?? ''}`;
    default:
      return place.section;
  }
}

/**
 * The items last made from one place's inserts, per language and rank: typing on in a value
 * asks for the same items again. `quoted` marks the items quoted together with the rest of the
 * value; they are kept with their new text as `textEditText`, for their range is the cursor's.
 */
interface MadeItems {
  faces: PhraseFace[];
  traditional: boolean;
  rank: string;
  items: readonly CompletionItem[];
  quoted: readonly boolean[];
  quotedCount: number;
}
const madeItems = new WeakMap<Inserts, MadeItems>();

/**
 * Approved phrases for agent speech at `place`, grouped by category, the place's own first.
 * Each is written so that it is valid where it goes (see `phraseInsert`); a phrase that
 * cannot be written there is left out. A phrase quoted together with the rest of its value
 * replaces up to the value's end, the others replace `range`: the range most items replace is
 * the list's `itemDefaults.editRange` (`range` unless `mostQuoted`), and the other items have
 * their own `textEdit`.
 *
 * The items are made once per place's inserts, language and rank, frozen and shared: typing
 * on in a value gets the same items again, but for those that do not replace the list's range,
 * made for the cursor.
 */
export function phraseItems(
  context: FeatureContext,
  cursor: CursorContext,
  place: SpeechPlace,
  range: Range,
  mostQuoted = true,
): CompletionList {
  const { model, phrasebook } = context;
  const traditional = isMostlyTraditional(model);
  const at =
    place.section === 'steps' && typeof cursor.path[1] === 'number' ? { ...place, turn: cursor.path[1] } : place;
  const tail = cursor.plainEnd === undefined ? undefined : model.text.slice(cursor.offset, cursor.plainEnd);
  // A value is quoted with the text after the cursor only while that text is short; a long one is judged once.
  const where: InsertPlace = {
    flow: cursor.flow,
    indent: cursor.indent,
    ...(tail === undefined ? {} : tail.length <= QUOTABLE_TAIL ? { tail } : { after: plainTail(tail, cursor.flow) }),
  };
  const inserts = insertsAt(phrasebook, traditional, cursor.style, cursor.needsSpace ? ' ' : '', where);
  const shown = phraseFaces(phrasebook, context.settings.locale);
  const rank = rankKey(at);
  let made = madeItems.get(inserts);
  if (!made || made.faces !== shown || made.traditional !== traditional || made.rank !== rank) {
    made = makeItems(inserts, shown, traditional, rank, ranker(at));
    madeItems.set(inserts, made);
  }
  // A phrase quoted together with the rest of its value replaces up to the value's end.
  if (made.quotedCount === 0 || cursor.plainEnd === undefined || cursor.plainEnd === cursor.end)
    return placed(range, made.items);
  const quotedRange = { start: range.start, end: model.positions.position(cursor.plainEnd) };
  // The range most items replace is the list's; the others are given theirs.
  const quotedDefault = mostQuoted && made.quotedCount * 2 > made.items.length;
  const own = quotedDefault ? range : quotedRange;
  return placed(
    quotedDefault ? quotedRange : range,
    made.items.map((item, i) => (made.quoted[i] === quotedDefault ? item : withOwnEdit(item, own))),
  );
}

/**
 * A made item that replaces `range` instead of the list's: the fields `makeItems` writes, with
 * a `textEdit` for the `textEditText`. (Written out: a rest-spread copy of a frozen item costs
 * several times as much, per item, per keystroke.)
 */
const withOwnEdit = (item: CompletionItem, range: Range): CompletionItem => ({
  label: item.label,
  kind: item.kind,
  detail: item.detail,
  documentation: item.documentation,
  sortText: item.sortText,
  textEdit: { range, newText: item.textEditText! },
  insertTextFormat: item.insertTextFormat,
});

function makeItems(
  inserts: Inserts,
  shown: PhraseFace[],
  traditional: boolean,
  rank: string,
  rankOf: (p: CatalogPhrase) => number,
): MadeItems {
  const items: CompletionItem[] = [];
  const quoted: boolean[] = [];
  for (let i = 0; i < shown.length; i++) {
    const insert = inserts[i];
    if (!insert) continue;
    const face = shown[i]!;
    quoted.push(insert.quoted);
    // Frozen: shared from now on, so that no caller can change what the next request gets.
    items.push(
      Object.freeze({
        label: traditional ? face.entry.traditional : face.entry.phrase.text,
        kind: insert.snippet ? CompletionItemKind.Snippet : CompletionItemKind.Text,
        detail: face.detail,
        documentation: face.documentation,
        sortText: rankText(rankOf(face.entry)) + face.order,
        textEditText: insert.newText,
        insertTextFormat: insert.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      }),
    );
  }
  return {
    faces: shown,
    traditional,
    rank,
    items: Object.freeze(items),
    quoted,
    quotedCount: quoted.filter((q) => q).length,
  };
}
