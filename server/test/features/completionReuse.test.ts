import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { builtinPhrasebook, compilePhrasebook, createScriptService } from '../../src/service';
import { OPENCC_FORMS } from '../../src/service/features/chineseForms';
import { withEdits } from '../../src/service/features/itemDefaults';
import { phraseCatalog } from '../../src/service/features/phraseCatalog';
import { toTraditional } from '../../src/service/features/traditional';
import { completeAt, cursor, en, service, zh } from '../cursor';

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

describe('completion lists shared while the writer types on', () => {
  const list = (marked: string, settings = en) => {
    const { text, position } = cursor(marked, '¦');
    return service.completeList(text, position, settings);
  };

  it('gives the same items, with the range moved, as a value is typed on', () => {
    for (const [before, after] of [
      ['script: x\ngreeting: 您¦\n', 'script: x\ngreeting: 您好¦\n'],
      ['script: x\nsteps:\n  - agent: 请¦\n  - agent: 好\n', 'script: x\nsteps:\n  - agent: 请您稍¦\n  - agent: 好\n'],
      ["script: x\nclosing: '感¦'\n", "script: x\nclosing: '感谢¦'\n"],
      [
        'script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢。\n  - agent: 請¦\n',
        'script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢。\n  - agent: 請問¦\n',
      ],
    ]) {
      const first = list(before!);
      const second = list(after!);
      expect(second.items, before).toBe(first.items);
      expect(second.itemDefaults?.editRange, before).not.toEqual(first.itemDefaults?.editRange);
      // What is shared is what a fresh service makes at the second place.
      expect(withEdits(second), after).toEqual(withEdits(freshList(after!)));
    }
  });

  it('gives the Traditional script the same converted items after an edit that keeps its forms', () => {
    const edited = 'script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢，謝謝。\n  - agent: ¦\n';
    const first = list('script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢。\n  - agent: ¦\n', zh);
    const second = list(edited, zh);
    expect(second.items).toBe(first.items);
    expect(withEdits(second)).toEqual(withEdits(freshList(edited, zh)));
    const simplified = list('script: x\nsteps:\n  - agent: ¦\n', zh);
    expect(second.items.map((i) => i.detail)).not.toEqual(simplified.items.map((i) => i.detail));
  });

  it('makes the items anew where the place ranks phrases otherwise, or the edit reaches to the value’s end', () => {
    const greeting = list('script: x\ngreeting: ¦\nclosing: 再见\n');
    const closing = list('script: x\ngreeting: 你好\nclosing: ¦\n');
    expect(closing.items).not.toBe(greeting.items);
    // Typed on in the middle of a value: the phrases quoted with the rest of the value reach to
    // its end, which has moved; the other items are the ones made before.
    const quoted = list('script: x\nsteps:\n  - agent: 您¦世界\n');
    const typedOn = list('script: x\nsteps:\n  - agent: 您好¦世界\n');
    const own = (l: CompletionList) => l.items.filter((i) => i.textEdit !== undefined);
    expect(own(typedOn).length).toBeGreaterThan(0);
    expect(own(typedOn).map((i) => (i.textEdit as TextEdit).range.end.character)).not.toContain(
      (own(quoted)[0]!.textEdit as TextEdit).range.end.character,
    );
    typedOn.items.forEach((item, i) => {
      if (item.textEdit === undefined) expect(item).toBe(quoted.items[i]);
    });
    expect(withEdits(typedOn)).toEqual(withEdits(freshList('script: x\nsteps:\n  - agent: 您好¦世界\n')));
  });

  it('cannot have its shared items changed by a caller', () => {
    const shared = list('script: x\ngreeting: ¦\n');
    expect(Object.isFrozen(shared.items)).toBe(true);
    expect(() => {
      (shared.items[0] as { label: string }).label = 'x';
    }).toThrow(TypeError);
    expect(list('script: x\ngreeting: ¦\n').items[0]!.label).not.toBe('x');
  });
});

const freshList = (marked: string, settings = en) => {
  const { text, position } = cursor(marked, '¦');
  const phrasebook = compilePhrasebook(builtinPhrasebook().book);
  return createScriptService({ phrasebook }).completeList(text, position, settings);
};

describe('the catalog’s Traditional text', () => {
  it('is converted only once a Traditional script asks for it, and is then the conversion of each phrase', () => {
    const phrasebook = compilePhrasebook(builtinPhrasebook().book);
    const team = createScriptService({ phrasebook });
    const converted = () =>
      phraseCatalog(phrasebook).phrases.filter((p) => (p as unknown as { converted?: string }).converted !== undefined)
        .length;
    const simplified = cursor('script: x\nsteps:\n  - agent: 请您稍等。\n  - agent: ¦\n', '¦');
    expect(team.complete(simplified.text, simplified.position, zh).length).toBeGreaterThan(100);
    expect(converted()).toBe(0);
    const traditional = cursor('script: x\nsteps:\n  - agent: 請您稍等，我正在為您查詢。\n  - agent: ¦\n', '¦');
    const labels = team.complete(traditional.text, traditional.position, zh).map((i) => i.label);
    expect(converted()).toBeGreaterThan(100);
    for (const entry of phraseCatalog(phrasebook).phrases) {
      expect(entry.traditional).toBe(toTraditional(entry.phrase.text, OPENCC_FORMS));
    }
    const simplifiedTexts = new Set(phraseCatalog(phrasebook).phrases.map((p) => p.phrase.text));
    expect(labels.filter((l) => !simplifiedTexts.has(l)).length).toBeGreaterThan(labels.length / 2);
  });
});
