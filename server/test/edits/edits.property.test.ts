import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { afterAll, describe, expect, it } from 'vitest';
import { createScriptService, FIX_ALL_KIND } from '../../src/service';
import { provesEdits, provesSafe } from '../../src/service/edit/proof';
import { candidates, textOf } from '../../src/service/edit/scalarEdit';
import { changeInScalar } from '../../src/service/features/scalarEdit';
import { parseScript } from '../../src/service/parse/scriptModel';
import { actionEdits, applyLsp, completionEdit } from './lsp';
import { differences, flatten, intendedValue, scalarPathAt, type Flat } from './oracle';
import { scriptArbitrary } from './scripts';

/** FUZZ_RUNS / FUZZ_SEED come from `npm run fuzz`; CI runs a small seeded sample. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

const URI = 'file:///work/t.script.yaml';
const service = createScriptService();
const settings = { locale: 'en' as const, rules: {} };
const counts = { scripts: 0, quickFixes: 0, fixAlls: 0, completions: 0, proofs: 0 };

/** Rules whose fixes are not a change of one scalar's value; every other rule's fix is checked as one. */
const NOT_SCALAR_FIXES = new Set(['yaml-syntax', 'greeting-required', 'closing-required', 'unused-waiver']);
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const offsetOf = (text: string) => {
  const doc = TextDocument.create(URI, 'huashu', 1, text);
  return (p: { line: number; character: number }) => doc.offsetAt(p);
};

function fixAllAction(text: string): CodeAction | undefined {
  return service.codeActions(text, URI, ZERO, [], settings, [FIX_ALL_KIND]).find((a) => a.kind === FIX_ALL_KIND);
}

/** No error the document did not have; a document without errors stays without. */
function expectParses(before: Flat, after: Flat, what: string): void {
  expect(after.errors, `${what}: new YAML errors`).toBeLessThanOrEqual(before.errors);
}

/** A fix of one scalar: only that scalar changed, to one of the intended values, and no byte outside it. */
function checkScalarFix(text: string, before: Flat, d: Diagnostic, action: CodeAction): void {
  const after = applyLsp(text, actionEdits(action, URI));
  const offset = offsetOf(text);
  const data = (d.data ?? {}) as { replacements?: string[]; replaceRange?: typeof d.range };
  const range = data.replaceRange ?? d.range;
  const start = offset(range.start);
  const end = offset(range.end);
  const path = scalarPathAt(before, start);
  expect(path, 'the fix targets a scalar').toBeDefined();
  const node = before.scalars.get(path!)!;
  const intended = (data.replacements ?? []).map((r) => intendedValue(text, node, start, end, r));
  const flat = flatten(after);
  expectParses(before, flat, d.code as string);
  expect(
    differences(before, flat).filter((p) => p !== path),
    `${d.code}: other nodes changed`,
  ).toEqual([]);
  const value = flat.entries.get(path!);
  expect(
    intended.map((v) => `scalar:${JSON.stringify(v)}`),
    `${d.code}: target value`,
  ).toContain(value?.replace(/&\w+$/, ''));
  for (const edit of actionEdits(action, URI)) {
    expect(offset(edit.range.start), 'no byte before the scalar changed').toBeGreaterThanOrEqual(node.range![0]);
    expect(offset(edit.range.end), 'no byte after the scalar changed').toBeLessThanOrEqual(node.range![1]);
  }
}

/** Fix-all: only scalars that had a fixable problem, and missing sections, changed; and a second fix-all changes nothing. */
function checkFixAll(text: string, before: Flat, action: CodeAction, rule?: string): string {
  const after = applyLsp(text, actionEdits(action, URI));
  const flat = flatten(after);
  expectParses(before, flat, 'fix-all');
  const offset = offsetOf(text);
  const targets = new Set(
    (action.diagnostics ?? []).flatMap((d) => {
      const data = (d.data ?? {}) as { replaceRange?: typeof d.range };
      const p = scalarPathAt(before, offset((data.replaceRange ?? d.range).start));
      return p ? [p] : [];
    }),
  );
  const sections = (action.diagnostics ?? []).flatMap((d) =>
    d.code === 'greeting-required' ? ['/greeting'] : d.code === 'closing-required' ? ['/closing'] : [],
  );
  const unexpected = differences(before, flat).filter(
    (p) =>
      !targets.has(p) &&
      !(p === '' && sections.length > 0) &&
      !sections.some((s) => p === s || p.startsWith(`${s}/`)) &&
      !/^\/\d+:key$/.test(p),
  );
  expect(unexpected, 'fix-all changed nodes without a fixable problem').toEqual([]);
  if (rule === undefined) {
    const again = fixAllAction(after);
    expect(again ? applyLsp(after, actionEdits(again, URI)) : after, 'a second fix-all changes nothing').toBe(after);
  } else {
    const left = service
      .validate(after, settings)
      .filter(
        (d) => d.code === rule && service.codeActions(after, URI, d.range, [d], settings).some((a) => a.isPreferred),
      );
    expect(left, `fix all ${rule} leaves nothing of it to fix`).toEqual([]);
  }
  return after;
}

function checkActions(text: string): void {
  const before = flatten(text);
  const diagnostics = service.validate(text, settings);
  for (const d of diagnostics) {
    for (const action of service.codeActions(text, URI, d.range, [d], settings)) {
      const after = applyLsp(text, actionEdits(action, URI));
      counts.quickFixes++;
      if (action.title.startsWith('Fix all')) {
        checkFixAll(text, before, action, String(d.code));
      } else if (action.title.startsWith('Waive') || d.code === 'unused-waiver') {
        const flat = flatten(after);
        expectParses(before, flat, action.title);
        expect(differences(before, flat), `${action.title}: a comment edit changed values`).toEqual([]);
      } else if (!NOT_SCALAR_FIXES.has(String(d.code))) {
        checkScalarFix(text, before, d, action);
      } else if (d.code === 'greeting-required' || d.code === 'closing-required') {
        const key = d.code === 'greeting-required' ? '/greeting' : '/closing';
        const flat = flatten(after);
        expectParses(before, flat, action.title);
        expect(
          differences(before, flat).filter(
            (p) => p !== '' && p !== key && !p.startsWith(`${key}/`) && !/^\/\d+:key$/.test(p),
          ),
        ).toEqual([]);
        expect(flat.entries.has(key)).toBe(true);
      } else {
        expect(flatten(after).errors, `${action.title}: fixes YAML`).toBeLessThan(before.errors);
      }
    }
  }
  const all = fixAllAction(text);
  if (all) {
    counts.fixAlls++;
    checkFixAll(text, before, all);
  }
}

function checkCompletions(text: string, picks: number[], itemPicks: number[]): void {
  const before = flatten(text);
  const doc = TextDocument.create(URI, 'huashu', 1, text);
  const agents = [...before.scalars.entries()].filter(([p]) => /\/agent$|^\/greeting|^\/closing/.test(p));
  if (agents.length === 0) return;
  for (const pick of picks) {
    const [path, node] = agents[pick % agents.length]!;
    const [s, end] = node.range!;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    const offset = s + (pick % (e - s + 1));
    const items = service.complete(text, doc.positionAt(offset), settings);
    for (const ip of itemPicks) {
      const item = items[ip % Math.max(1, items.length)];
      if (!item) continue;
      counts.completions++;
      const after = applyLsp(text, [completionEdit(item)]);
      const flat = flatten(after);
      expectParses(before, flat, `completion ${item.label}`);
      // A key (a variant's `agent:` at the start of a closing item) changes the structure on purpose.
      if (item.kind === CompletionItemKind.Property || item.kind === CompletionItemKind.Module) continue;
      expect(
        differences(before, flat).filter((p) => p !== path),
        `completion ${item.label} changed other nodes`,
      ).toEqual([]);
      expect(flat.entries.get(path)?.startsWith('scalar:'), 'the target is still a string').toBe(true);
      const edit = completionEdit(item);
      expect(doc.offsetAt(edit.range.start), 'the edit starts inside the string').toBeGreaterThanOrEqual(s);
      expect(doc.offsetAt(edit.range.end), 'the edit ends inside the string').toBeLessThanOrEqual(end);
    }
  }
}

describe('red team: every edit Huashu offers is safe', () => {
  afterAll(() => {
    process.stdout.write(
      `edits harness: ${counts.scripts} scripts, ${counts.quickFixes} code actions, ${counts.fixAlls} fix-alls, ${counts.completions} completions, ${counts.proofs} local proofs\n`,
    );
  });

  it('every code action and fix-all: parses, changes only its target as intended, and fix-all is idempotent', () => {
    fc.assert(
      fc.property(scriptArbitrary, (text) => {
        counts.scripts++;
        checkActions(text);
      }),
      params,
    );
  });

  it('every completion inside agent strings changes only that string and keeps the YAML valid', () => {
    fc.assert(
      fc.property(
        scriptArbitrary,
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (text, picks, itemPicks) => {
          checkCompletions(text, picks, itemPicks);
        },
      ),
      params,
    );
  });

  it('the proof that re-parses one entry agrees with the proof that re-parses the whole document', () => {
    fc.assert(
      fc.property(scriptArbitrary, (text) => {
        const model = parseScript(text);
        for (const d of service.validate(model, settings)) {
          const data = (d.data ?? {}) as { replacements?: string[]; replaceRange?: typeof d.range };
          for (const r of data.replacements ?? []) {
            const change = changeInScalar(model, data.replaceRange ?? d.range, r);
            if (!change) continue;
            const st = textOf(model, change.node);
            const value = st.value.slice(0, change.from) + r + st.value.slice(change.to);
            for (const c of candidates(model, change.node, [change], value)) {
              counts.proofs++;
              const edited = model.text.slice(0, c.start) + c.newText + model.text.slice(c.end);
              expect(provesEdits(model.doc, model.text, [{ ...c, node: change.node, value }])).toBe(
                provesSafe(model.doc, edited, new Map([[change.node, value]])),
              );
            }
          }
        }
      }),
      params,
    );
  });
});
