import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import { CHANNELS } from '../parse/scriptModel';
import type { FeatureContext } from './context';
import type { CursorContext } from './cursorContext';
import { CHANNEL_DOCS } from './keyDocs';
import { turnSpeech } from './turnInfo';
import { doubleFragment, singleFragment, wholeScalar } from '../edit/valueWriter';

/** Turn ids for `next:`, those of the same list (steps or the scenario) first. */
export function nextItems(
  context: FeatureContext,
  cursor: CursorContext,
  where: { section: 'steps' | 'scenarios'; scenario?: string },
  range: Range,
): CompletionItem[] {
  const prefix = cursor.needsSpace ? ' ' : '';
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  context.model.turns.forEach((turn, i) => {
    if (!turn.id) return;
    const id = String(turn.id.value);
    if (seen.has(id)) return;
    seen.add(id);
    const sameList = turn.section === where.section && turn.scenario === where.scenario;
    const written =
      cursor.style === 'plain'
        ? wholeScalar(id, cursor.flow)
        : cursor.style === 'single'
          ? singleFragment(id)
          : cursor.style === 'double'
            ? doubleFragment(id)
            : undefined;
    if (written === undefined) return;
    const { speaker, preview } = turnSpeech(turn);
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: speaker ? `${speaker}: ${preview}` : '',
      sortText: `${sameList ? 0 : 1}${String(i).padStart(6, '0')}`,
      textEdit: { range, newText: prefix + written },
    });
  });
  return items;
}

/** The channels a script may name. */
export function channelItems(context: FeatureContext, cursor: CursorContext, range: Range): CompletionItem[] {
  const prefix = cursor.needsSpace ? ' ' : '';
  return CHANNELS.map((channel, i) => ({
    label: channel,
    kind: CompletionItemKind.EnumMember,
    detail: CHANNEL_DOCS[channel]![context.settings.locale],
    sortText: String(i),
    textEdit: { range, newText: prefix + channel },
  }));
}
