import type { Diagnostic } from 'vscode-languageserver-types';
import type { Scalar } from 'yaml';
import type { FeatureContext } from '../features/context';
import { validate } from '../features/diagnostics';
import type { Fix } from './fix';
import { parseScript } from '../parse/scriptModel';
import { ComposedEdits } from './composeEdits';
import { provesEdits, type OffsetEdit } from './proof';
import { fixData } from './replacementFixes';
import { editScalar, type ScalarEdit, type ValueChange } from './scalarEdit';

/** Rounds of fix and re-check before fix-all settles for what it has. */
const MAX_ROUNDS = 6;

type FixOf = (context: FeatureContext, diagnostic: Diagnostic) => Fix | undefined;

/** The scalar edits of one round: every change of a scalar written as one proven edit (a lone change keeps its own). */
function scalarEdits(context: FeatureContext, fixes: readonly Fix[]): ScalarEdit[] {
  const byNode = new Map<Scalar, Fix[]>();
  for (const f of fixes) {
    const c = f.change!;
    const list = byNode.get(c.node) ?? [];
    if (!list.some((o) => c.from < o.change!.to && o.change!.from < c.to)) list.push(f);
    byNode.set(c.node, list);
  }
  return [...byNode.values()].flatMap((list) => {
    if (list.length === 1 && list[0]!.scalar) return [list[0]!.scalar];
    const changes = list.map((f) => f.change!);
    const edit = editScalar(context.model, changes) ?? list[0]!.scalar;
    return edit ? [edit] : [];
  });
}

/** Keeps the edits that overlap no earlier kept one, in document order. */
function nonOverlapping<T extends OffsetEdit>(edits: T[]): T[] {
  const kept: T[] = [];
  let reached = -1;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (e.start < reached || (e.start === reached && e.start === e.end)) continue;
    kept.push(e);
    reached = Math.max(reached, e.end);
  }
  return kept;
}

/**
 * One round's edits: the scalar edits, proven together (else the first alone); when there
 * are none, the other fixes. `complete` when they apply every fix of the round.
 */
function roundEdits(context: FeatureContext, fixes: Fix[]): { edits: OffsetEdit[]; complete: boolean } {
  const { model } = context;
  const withChange = fixes.filter((f) => f.change);
  const changes = withChange.map((f) => f.change!);
  const scalar = nonOverlapping(scalarEdits(context, withChange));
  if (scalar.length > 0) {
    const together = scalar.length === 1 || provesEdits(model.doc, model.text, scalar, true);
    const edits = together ? scalar : scalar.slice(0, 1);
    const covered = new Set(edits.map((e) => e.node));
    const complete =
      changes.length === fixes.length &&
      changes.every((c) => covered.has(c.node)) &&
      edits.every((e) => e.value === expected(e, changes));
    return { edits, complete };
  }
  const other = fixes.flatMap((f) =>
    f.change
      ? []
      : [
          {
            start: model.positions.offset(f.edit.range.start),
            end: model.positions.offset(f.edit.range.end),
            newText: f.edit.newText,
          },
        ],
  );
  const edits = nonOverlapping(other);
  return { edits, complete: edits.length === other.length };
}

/** The value a scalar edit should have to apply every change of its scalar. */
function expected(edit: ScalarEdit, changes: readonly ValueChange[]): string | undefined {
  const mine = changes.filter((c) => c.node === edit.node).sort((a, b) => a.from - b.from);
  const value = typeof edit.node.value === 'string' ? edit.node.value : '';
  let out = '';
  let at = 0;
  for (const c of mine) {
    if (c.from < at) return undefined;
    out += value.slice(at, c.from) + c.text;
    at = c.to;
  }
  return out + value.slice(at);
}

/**
 * Fix-all as a fixpoint: applies the preferred fix of every diagnostic that `wanted` keeps,
 * re-checks the text in memory and repeats, up to `rounds` rounds, until a round applies
 * every fix it found (and, when a fix replaced more than its diagnostic's range, until a
 * round finds nothing left to fix); then returns one edit per changed region of the original text.
 * Changes to the same scalar are written together, so whole-scalar rewrites never fight,
 * and a second fix-all on the result finds nothing to do.
 */
export function fixAll(
  context: FeatureContext,
  wanted: (d: Diagnostic) => boolean,
  fixOf: FixOf,
  rounds = MAX_ROUNDS,
): { diagnostics: Diagnostic[]; edits: OffsetEdit[] } {
  const composed = new ComposedEdits(context.model.text);
  let round = context;
  let diagnostics: Diagnostic[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i > 0) round = { ...context, model: parseScript(composed.text) };
    const fixable = validate(round)
      .filter(wanted)
      .flatMap((d) => {
        const fix = fixOf(round, d);
        return fix ? [{ d, fix }] : [];
      });
    if (i === 0) diagnostics = fixable.map((f) => f.d);
    const { edits, complete } = roundEdits(
      round,
      fixable.map((f) => f.fix),
    );
    if (edits.length === 0) break;
    composed.add(edits);
    const widened = fixable.some((f) => fixData(f.d).replaceRange !== undefined);
    if (complete && !widened && fixable.every((f) => f.fix.change)) break;
  }
  return { diagnostics, edits: composed.result() };
}
