import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { applyEdits, service } from '../cursor';
import type { CheckSettings } from '../../src/service';
import { check, script, slice } from '../util';

const URI = 'file:///work/t.script.yaml';
const SETTINGS: CheckSettings = { locale: 'en', rules: {} };

/** The quick fixes of the waiver-reason finding on `name`, as titles and the text after each. */
function fixesOf(text: string, name: string, settings = SETTINGS): Array<[string, string]> {
  const d = service.validate(text, settings).find((x) => x.code === 'waiver-reason' && slice(text, x.range) === name);
  if (!d) throw new Error(`no waiver-reason finding on ${name}`);
  return service
    .codeActions(text, URI, d.range, [d], settings)
    .filter((a) => a.kind === 'quickfix' && a.diagnostics?.[0] === d && !a.title.startsWith('Waive'))
    .map((a) => [a.title, applyEdits(text, a.edit!.changes![URI]!)]);
}

describe('a misspelled rule id in a waiver', () => {
  it('is a warning that names the nearest rule id, on the misspelled name', () => {
    const text = script('  # huashu-disable-next-line forbiden-phrase -- 引用客户原话\n  - agent: 这不归我们管');
    const found = check(text).filter((d) => d.code === 'waiver-reason');
    expect(found.map((d) => [slice(text, d.range), d.severity])).toEqual([['forbiden-phrase', 2]]);
    expect(found[0]!.message).toContain('"forbidden-phrase"');
  });

  it('says nothing about known ids', () => {
    const text = script('  # huashu-disable-next-line forbidden-phrase -- 引用客户原话\n  - agent: 这不归我们管');
    expect(check(text).filter((d) => d.code === 'waiver-reason')).toEqual([]);
  });

  it('is the one finding about the waiver: no unused-waiver beside it', () => {
    const own = script('  # huashu-disable-next-line forbiden-phrase -- 引用客户原话\n  - agent: 真烦人');
    expect(check(own).map((d) => `${String(d.code)}: ${slice(own, d.range)}`)).toEqual([
      'waiver-reason: forbiden-phrase',
      'forbidden-phrase: 真烦人',
    ]);
    const trailing = script('  - agent: 真烦人  # huashu-disable-line forbiden-phrase -- 引用客户原话');
    expect(check(trailing).map((d) => String(d.code))).toEqual(['forbidden-phrase', 'waiver-reason']);
    const far = script('  # huashu-disable-next-line no-such-thing-at-all -- 引用\n  - agent: 好的');
    expect(check(far).map((d) => `${String(d.code)}: ${slice(far, d.range)}`)).toEqual([
      'waiver-reason: no-such-thing-at-all',
    ]);
  });

  it('leaves the unused-waiver finding when waiver-reason is off, so the waiver is still questioned', () => {
    const text = script('  # huashu-disable-next-line forbiden-phrase -- 引用客户原话\n  - agent: 好的');
    expect(check(text, { rules: { 'waiver-reason': 'off' } }).map((d) => String(d.code))).toEqual(['unused-waiver']);
  });

  it('offers "use <nearest id>", which makes the waiver work', () => {
    const text = script('  # huashu-disable-next-line forbiden-phrase -- 引用客户原话\n  - agent: 真烦人');
    const fixes = fixesOf(text, 'forbiden-phrase');
    expect(fixes.map(([title]) => title)).toEqual(['Use "forbidden-phrase"']);
    const fixed = fixes[0]![1];
    expect(fixed).toBe(script('  # huashu-disable-next-line forbidden-phrase -- 引用客户原话\n  - agent: 真烦人'));
    expect(check(fixed)).toEqual([]);
  });

  it('fixes the right name of several, in a trailing waiver and after IME dashes, in Chinese too', () => {
    const text = script('  - agent: 您好 # huashu-disable-line forbidden-phrase,polite-pronon —— 引用 polite-pronon');
    const zh: CheckSettings = { locale: 'zh', rules: {} };
    const fixes = fixesOf(text, 'polite-pronon', zh);
    expect(fixes).toEqual([
      [
        '改用“polite-pronoun”',
        script('  - agent: 您好 # huashu-disable-line forbidden-phrase,polite-pronoun —— 引用 polite-pronon'),
      ],
    ]);
  });

  it('offers nothing when no rule id is near', () => {
    const text = script('  # huashu-disable-next-line no-such-thing-at-all -- 引用\n  - agent: 好的');
    expect(fixesOf(text, 'no-such-thing-at-all')).toEqual([]);
  });

  it('refuses data that would edit anything but the waiver comment', () => {
    const text = script('  # huashu-disable-next-line forbiden-phrase -- 引用客户原话\n  - agent: 真烦人');
    const d = check(text).find((x) => x.code === 'waiver-reason')!;
    const actions = (data: unknown) =>
      service
        .codeActions(text, URI, d.range, [{ ...d, data } as Diagnostic], SETTINGS)
        .filter((a) => a.title.startsWith('Use'));
    const agentLine = { start: { line: 4, character: 11 }, end: { line: 4, character: 14 } };
    expect(actions({ replacements: ['forbidden-phrase'], replaceRange: agentLine })).toEqual([]);
    expect(actions({ replacements: ['not-a-rule'], replaceRange: d.range })).toEqual([]);
    const reason = { start: { line: 3, character: 48 }, end: { line: 3, character: 52 } };
    expect(slice(text, reason)).toBe('引用客户');
    expect(actions({ replacements: ['forbidden-phrase'], replaceRange: reason })).toEqual([]);
    expect(actions({ replacements: ['forbidden-phrase'], replaceRange: d.range })).toHaveLength(1);
  });

  it('is applied by fix-all, which then has nothing left to do', () => {
    const text = script('  # huashu-disable-next-line price-qoute -- 培训用的反例\n  - agent: 这个配件860块。');
    const all = service
      .codeActions(text, URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], SETTINGS, [
        'source.fixAll',
      ])
      .find((a) => a.kind === 'source.fixAll.huashu')!;
    const fixed = applyEdits(text, all.edit!.changes![URI]!);
    expect(fixed).toBe(script('  # huashu-disable-next-line price-quote -- 培训用的反例\n  - agent: 这个配件860块。'));
    expect(check(fixed)).toEqual([]);
  });
});
