import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { builtinPhrasebook, createScriptService, FIX_ALL_KIND, type CheckSettings } from '../../src/service';
import { forbiddenMatches } from '../../src/service/rules/forbiddenPhrase';
import { actionEdits, applyLsp } from './lsp';
import { differences, flatten } from './oracle';

const ROOT = join(__dirname, '..', '..', '..');
const URI = 'file:///work/t.script.yaml';
const service = createScriptService();
const phrasebook = builtinPhrasebook();
const zh: CheckSettings = { locale: 'zh', rules: {} };

/** Clause or sentence punctuation twice in a row; …… and —— are single marks. */
const DOUBLED = /[，。！？、；：,;:!?]{2,}/g;
const LEADING = /^[，。！？、；：,;:!?]/;

const rude = readFileSync(join(ROOT, 'test', 'corpus', 'rude.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

const plainOk = (t: string) =>
  /^[\p{L}\p{N}（]/u.test(t) && !/[:#]\s|\s#|[#'"\\[\]{}&*!|>%@`\t]|:$/u.test(t) && !/\s$/.test(t);
const doubleQuoted = (t: string) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`;

/** A script whose one agent turn says `line`, written in `style`. */
function scriptOf(line: string, style: 'plain' | 'single' | 'double' | 'literal'): string {
  const scalar =
    style === 'plain' && plainOk(line)
      ? line
      : style === 'single' && !/\t/.test(line)
        ? `'${line.replace(/'/g, "''")}'`
        : style === 'literal' && !/^\s|\s$|\t/.test(line)
          ? `|\n      ${line}`
          : doubleQuoted(line);
  return `script: 测试\ngreeting: 您好，工号{agent_id}为您服务。\nsteps:\n  - agent: ${scalar}\nclosing: 感谢您的来电，再见！\n`;
}

const doubledRuns = (s: string) => (s.match(DOUBLED) ?? []).length;
const forbidden = (text: string) => service.validate(text, zh).filter((d) => d.code === 'forbidden-phrase');

/** The one string an edit changed, before and after, with the changed part of the new value. */
function changedString(before: string, after: string) {
  const a = flatten(before);
  const b = flatten(after);
  expect(b.errors, 'the result parses as well as the script did').toBe(a.errors);
  const changed = differences(a, b);
  expect(changed, 'only one string changes').toHaveLength(1);
  const old = String(a.scalars.get(changed[0]!)!.value);
  const now = String(b.scalars.get(changed[0]!)!.value);
  let p = 0;
  while (p < old.length && p < now.length && old[p] === now[p]) p++;
  let s = 0;
  while (s < old.length - p && s < now.length - p && old[old.length - 1 - s] === now[now.length - 1 - s]) s++;
  return { old, now, from: p, to: now.length - s };
}

/** What a fix wrote: no doubled or leading punctuation it did not find, no forbidden phrase left where it wrote. */
function expectGoodChinese({ old, now, from, to }: ReturnType<typeof changedString>, what: string) {
  const around = now.slice(Math.max(0, from - 1), to + 1);
  expect(doubledRuns(around), `${what}: doubled punctuation in ${now}`).toBeLessThanOrEqual(
    doubledRuns(old.slice(Math.max(0, from - 1), old.length - (now.length - to) + 1)) > 0 ? 1 : 0,
  );
  if (!LEADING.test(old.trimStart())) expect(now.trimStart(), `${what}: leading punctuation`).not.toMatch(LEADING);
  const left = forbiddenMatches(now, phrasebook).filter((m) => m.start < to && m.end > from);
  expect(
    left.map((m) => now.slice(m.start, m.end)),
    `${what}: a forbidden phrase left in ${now}`,
  ).toEqual([]);
}

function fixAll(text: string): string {
  const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const action = service.codeActions(text, URI, origin, [], zh, [FIX_ALL_KIND]).find((a) => a.kind === FIX_ALL_KIND);
  return action ? applyLsp(text, actionEdits(action, URI)) : text;
}

const counts = { texts: 0, diagnostics: 0, suggested: 0, offered: 0, fixAll: 0 };

function checkEveryFix(text: string, what: string): void {
  counts.texts++;
  const found = forbidden(text);
  for (const d of found) {
    counts.diagnostics++;
    counts.suggested += ((d.data as { replacements?: string[] }).replacements ?? []).length;
    const actions = service
      .codeActions(text, URI, d.range, [d], zh)
      .filter((a) => a.kind === 'quickfix' && /^改[为為]“/.test(a.title));
    for (const action of actions) {
      counts.offered++;
      const change = changedString(text, applyLsp(text, actionEdits(action, URI)));
      if (process.env.SHOW_FIXES) console.log(`FIX ${change.old} → ${change.now}`);
      expectGoodChinese(change, `${what} · ${action.title}`);
    }
  }
  if (found.length === 0) return;
  counts.fixAll++;
  const once = fixAll(text);
  expect(parseDocument(once).errors.length, `${what}: fix-all parses`).toBe(parseDocument(text).errors.length);
  expect(forbidden(once), `${what}: fix-all leaves no forbidden phrase`).toEqual([]);
  expect(fixAll(once), `${what}: fix-all is idempotent`).toBe(once);
}

describe('every forbidden-phrase fix on every corpus line and sample reads as good Chinese', () => {
  for (const style of ['plain', 'single', 'double', 'literal'] as const) {
    it(`rude.txt lines as ${style} agent turns`, () => {
      for (const line of rude) checkEveryFix(scriptOf(line, style), `${style}: ${line}`);
    });
  }

  it('the samples', () => {
    const dir = join(ROOT, 'samples');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.script.yaml'))) {
      checkEveryFix(readFileSync(join(dir, name), 'utf8'), name);
    }
  });

  it('offers most suggestions and checks every fix it offers', () => {
    console.log(
      `sentence fixes: ${counts.texts} scripts, ${counts.diagnostics} findings, ${counts.offered} fixes checked of ${counts.suggested} suggested (${counts.suggested - counts.offered} withheld), fix-all on ${counts.fixAll} scripts`,
    );
    expect(counts.diagnostics).toBeGreaterThan(rude.length * 3);
    expect(counts.offered).toBeGreaterThan(counts.suggested * 0.9);
  });
});
