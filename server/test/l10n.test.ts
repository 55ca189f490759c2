import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../src/cli/messages';
import { configMessages, RULES, toTraditional, type Message } from '../src/service';
import { phrasebookMessages } from '../src/service/phrasebook/messages';
import { schemaMessages } from '../src/service/rules/schema';
import { builtinPhrasebook } from '../src/service/phrasebook/builtin';

const ROOT = join(__dirname, '..', '..');
const args = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function expectBoth(name: string, m: Message): void {
  expect(m.zh.trim(), `${name}: zh`).not.toBe('');
  expect(m.en.trim(), `${name}: en`).not.toBe('');
  expect(args(m.zh), `${name}: the same {arguments} in both languages`).toEqual(args(m.en));
  expect(/[\u4e00-\u9fff]/.test(m.zh), `${name}: zh is Chinese`).toBe(true);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('every user-facing message exists in Chinese and English', () => {
  it('message catalogs', () => {
    const catalogs = { cliMessages, configMessages, phrasebookMessages, schemaMessages } as Record<
      string,
      Record<string, Message>
    >;
    for (const [catalog, messages] of Object.entries(catalogs)) {
      for (const [key, m] of Object.entries(messages)) expectBoth(`${catalog}.${key}`, m);
    }
  });

  it('rule descriptions', () => {
    for (const rule of RULES) expectBoth(rule.id, rule.description);
  });

  it('phrasebook categories and placeholders', () => {
    const book = builtinPhrasebook().book;
    for (const c of [...book.approvedCategories.values(), ...book.forbiddenCategories.values()]) {
      expect(c.name.zh && c.name.en, c.id).toBeTruthy();
      if (c.why) expect(c.why.zh && c.why.en, c.id).toBeTruthy();
    }
    for (const p of book.placeholders.values()) expect(p.description.zh && p.description.en, p.name).toBeTruthy();
  });

  it('every { zh: … } literal in the sources has its en beside it', () => {
    for (const file of sources(join(ROOT, 'server', 'src')).concat(sources(join(ROOT, 'client', 'src')))) {
      const text = readFileSync(file, 'utf8');
      const zh = [...text.matchAll(/\bzh:\s*['"`]/g)].length;
      const en = [...text.matchAll(/\ben:\s*['"`]/g)].length;
      expect(en, `${file}: ${zh} zh texts, ${en} en texts`).toBe(zh);
    }
  });

  it('the manifest strings', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const zh = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expectBoth(key, { zh: zh[key]!, en: en[key]! });
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([\w.-]+)%"/g)) expect(en, m[1]).toHaveProperty([m[1]!]);
  });

  it('the manifest strings in Traditional Chinese (Taiwan), for every key', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const tw = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-tw.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(tw)).toEqual(Object.keys(en));
    for (const key of Object.keys(en)) {
      expectBoth(key, { zh: tw[key]!, en: en[key]! });
      expect(toTraditional(tw[key]!), `${key} is Traditional`).toBe(tw[key]);
    }
  });
});

describe('the VS Code client', () => {
  it('has a Chinese translation of every vscode.l10n.t string', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
      string,
      string
    >;
    const used = sources(join(ROOT, 'client', 'src')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const text of used) {
      expect(bundle, text).toHaveProperty([text]);
      expectBoth(text, { zh: bundle[text]!, en: text });
    }
    expect(Object.keys(bundle).sort()).toEqual([...new Set(used)].sort());
  });

  it('has the same strings in Traditional Chinese (Taiwan)', () => {
    const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'l10n', name), 'utf8')) as Record<string, string>;
    const cn = read('bundle.l10n.zh-cn.json');
    const tw = read('bundle.l10n.zh-tw.json');
    expect(Object.keys(tw).sort()).toEqual(Object.keys(cn).sort());
    for (const [text, value] of Object.entries(tw)) {
      expectBoth(text, { zh: value, en: text });
      expect(toTraditional(value), `${text} is Traditional`).toBe(value);
    }
  });
});
