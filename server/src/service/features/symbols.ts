import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { localize } from '../l10n';
import type { Turn } from '../parse/scriptModel';
import type { FeatureContext } from './context';
import { nodeRange, spanRange } from './nodeRange';
import { turnSpeech } from './turnInfo';

/** The source range of a pair, from its key to the end of its value. */
function pairRange(context: FeatureContext, pair: Pair): Range | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const start = key?.range?.[0];
  const end = value?.range?.[1] ?? key?.range?.[1];
  return start === undefined || end === undefined ? undefined : spanRange(context.model, start, end);
}

function turnSymbol(context: FeatureContext, turn: Turn): DocumentSymbol | undefined {
  const range = nodeRange(context.model, turn.node);
  if (!range) return undefined;
  const { speaker, node, preview } = turnSpeech(turn);
  const id = turn.id ? String(turn.id.value) : undefined;
  const name = id || preview || localize({ zh: '（空轮次）', en: '(empty turn)' }, context.settings.locale);
  const selected = firstInside(range, [
    turn.id && nodeRange(context.model, turn.id),
    node && nodeRange(context.model, node),
    speakerKeyRange(context, turn),
  ]);
  const detail = speaker ? (id ? `${speaker}: ${preview}` : speaker) : '';
  return { name, detail, kind: SymbolKind.Event, range, selectionRange: selected };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/**
 * The first candidate that lies inside `range`, else `range` itself. An empty value (`- agent: `)
 * sits after the trimmed end of its turn, and VS Code drops the whole outline when a
 * selectionRange leaves its range.
 */
function firstInside(range: Range, candidates: readonly (Range | undefined | null | false | '')[]): Range {
  return candidates.find((c): c is Range => !!c && inside(c, range)) ?? range;
}

/** The key of the turn's speech pair (`agent` in `- agent: `). */
function speakerKeyRange(context: FeatureContext, turn: Turn): Range | undefined {
  const { node } = turnSpeech(turn);
  const pair = turn.node.items.find((p) => p.value === node);
  return pair && isScalar(pair.key) ? nodeRange(context.model, pair.key) : undefined;
}

/** Clamps `range` to `outer`, so a child never leaves its parent. */
function clamp(range: Range, outer: Range): Range {
  const start = before(outer.start, range.start)
    ? before(range.start, outer.end)
      ? range.start
      : outer.end
    : outer.start;
  const end = before(range.end, outer.end) ? (before(start, range.end) ? range.end : start) : outer.end;
  return { start, end };
}

/** Keeps every child inside its parent and every selection inside its symbol, whatever the text. */
function contain(symbol: DocumentSymbol, outer: Range): DocumentSymbol {
  const range = clamp(symbol.range, outer);
  const selectionRange = clamp(symbol.selectionRange, range);
  const children = symbol.children?.map((child) => contain(child, range));
  return children ? { ...symbol, range, selectionRange, children } : { ...symbol, range, selectionRange };
}

/** Turns by their mapping node, to look up the items of a list. */
type TurnsByNode = Map<unknown, Turn>;

function turnsOf(context: FeatureContext, turns: TurnsByNode, list: Node | null): DocumentSymbol[] {
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    const turn = turns.get(item);
    return (turn && turnSymbol(context, turn)) || [];
  });
}

/** One top-level section; `children` for steps and scenarios. */
function sectionSymbol(
  context: FeatureContext,
  turns: TurnsByNode,
  pair: Pair,
  name: string,
): DocumentSymbol | undefined {
  const range = pairRange(context, pair);
  const keyRange = nodeRange(context.model, pair.key as Node);
  if (!range || !keyRange) return undefined;
  const value = pair.value as Node | null;
  const base = { name, range, selectionRange: keyRange };
  switch (name) {
    case 'steps':
      return { ...base, kind: SymbolKind.Array, children: turnsOf(context, turns, value) };
    case 'scenarios': {
      const children = isMap(value)
        ? value.items.flatMap((scenario) => {
            const scenarioName = isScalar(scenario.key) ? String(scenario.key.value) : '';
            const scenarioRange = pairRange(context, scenario);
            const scenarioKey = nodeRange(context.model, scenario.key as Node);
            if (!scenarioName || !scenarioRange || !scenarioKey) return [];
            const form = scenario.value as Node | null;
            const list = isMap(form) ? (form.get('turns', true) as Node | null) : form;
            const scenarioTurns = turnsOf(context, turns, list);
            const when = isMap(form) ? form.get('when', true) : undefined;
            return [
              {
                name: scenarioName,
                kind: SymbolKind.Module,
                range: scenarioRange,
                selectionRange: scenarioKey,
                ...(isScalar(when) && when.value !== null ? { detail: String(when.value) } : {}),
                children: scenarioTurns,
              },
            ];
          })
        : [];
      return { ...base, kind: SymbolKind.Namespace, children };
    }
    default: {
      const first = isScalar(value) ? value : isSeq(value) ? value.items.find(isScalar) : undefined;
      const detail = first ? String((first as Scalar).value ?? '') : '';
      return { ...base, kind: SymbolKind.String, detail };
    }
  }
}

const SECTIONS = new Set(['greeting', 'steps', 'scenarios', 'closing']);

/** The outline: the script by name, holding greeting, steps (turns), scenarios (turns), closing. */
export function symbols(context: FeatureContext): DocumentSymbol[] {
  const { model, settings } = context;
  const root = model.doc.contents;
  if (!isMap(root)) return [];
  const turns: TurnsByNode = new Map(model.turns.map((t) => [t.node, t]));
  const children = root.items.flatMap((pair) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    return SECTIONS.has(name) ? (sectionSymbol(context, turns, pair, name) ?? []) : [];
  });
  const scriptPair = model.keys.get('script');
  const scriptName = isScalar(scriptPair?.value) ? String(scriptPair.value.value ?? '').trim() : '';
  const first = root.items[0] ? pairRange(context, root.items[0]) : undefined;
  const last = root.items.length > 0 ? pairRange(context, root.items[root.items.length - 1]!) : undefined;
  if (!first || !last) return [];
  const range = { start: first.start, end: last.end };
  const selectionRange =
    (scriptPair && pairRange(context, scriptPair)) || spanRange(model, model.anchor[0], model.anchor[1]);
  const whole = model.positions.range(0, model.text.length);
  const script: DocumentSymbol = {
    name: scriptName || localize({ zh: '（未命名话术）', en: '(unnamed script)' }, settings.locale),
    kind: SymbolKind.File,
    range,
    selectionRange,
    children,
  };
  return [contain(script, whole)];
}
