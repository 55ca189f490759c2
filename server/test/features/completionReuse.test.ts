import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { builtinPhrasebook, compilePhrasebook, createScriptService } from '../../src/service';
import { completeAt, cursor, en, zh } from '../cursor';

/** What an item inserts and where, as the editor sees it. */
const edits = (items: CompletionItem[]) =>
  items.map((i) => `${i.label} ${i.kind} ${(i.textEdit as TextEdit).newText} ${JSON.stringify(i.textEdit)}`);

/** The same request answered by a service, with a phrasebook of its own, that has answered nothing before. */
const answers = new Map<string, CompletionItem[]>();
const fresh = (marked: string, settings = en) => {
  const key = `${settings.locale}:${marked}`;
  let items = answers.get(key);
  if (!items) {
    const { text, position } = cursor(marked, '¦');
    const phrasebook = compilePhrasebook(builtinPhrasebook().book);
    items = [...createScriptService({ phrasebook }).complete(text, position, settings)].sort((a, b) =>
      (a.sortText ?? '').localeCompare(b.sortText ?? ''),
    );
    answers.set(key, items);
  }
  return items;
};
const ask = (marked: string, settings = en) => completeAt(marked, settings, '¦');

const PLACES = [
  'script: x\nsteps:\n  - agent: ¦\n',
  "script: x\nsteps:\n  - agent: '¦'\n",
  'script: x\nsteps:\n  - agent: "¦"\n',
  'script: x\nsteps:\n  - agent: ¦: 尾巴\n',
  'script: x\nsteps:\n  - agent: [¦]\n',
  'script: x\nsteps:\n  - agent: |\n      ¦\n',
  'script: x\nsteps:\n  - agent:¦\n',
  'script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢。¦\n',
];

describe('completion items made once and reused', () => {
  it('answers each place as a fresh service would, whatever was asked before', () => {
    // Every order of two places: a list reused from the place before would show here.
    for (const first of PLACES) {
      for (const second of PLACES) {
        ask(first);
        expect(edits(ask(second)), `${first} then ${second}`).toEqual(edits(fresh(second)));
      }
    }
  });

  it('gives each language its own details and documentation', () => {
    const place = PLACES[0]!;
    const english = ask(place, en);
    const chinese = ask(place, zh);
    expect(english.map((i) => i.detail)).toEqual(fresh(place, en).map((i) => i.detail));
    expect(chinese.map((i) => i.detail)).toEqual(fresh(place, zh).map((i) => i.detail));
    expect(chinese.map((i) => i.documentation)).toEqual(fresh(place, zh).map((i) => i.documentation));
    expect(english[0]!.detail).not.toBe(chinese[0]!.detail);
  });

  it('writes Traditional for a Traditional script after a Simplified one, and back', () => {
    const simplified = 'script: x\nsteps:\n  - agent: 请您稍等，我帮您查询一下。\n  - agent: ¦\n';
    const traditional = 'script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢。\n  - agent: ¦\n';
    const s = ask(simplified).map((i) => i.label);
    const t = ask(traditional).map((i) => i.label);
    expect(t).toEqual(fresh(traditional).map((i) => i.label));
    expect(ask(simplified).map((i) => i.label)).toEqual(s);
    expect(t).not.toEqual(s);
  });
});
