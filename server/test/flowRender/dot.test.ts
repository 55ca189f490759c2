import { instance } from '@viz-js/viz';
import { describe, expect, it } from 'vitest';
import { dotString, toDot } from '../../src/service/flow/render';
import { NASTY, PICTURE } from './fixture';

/** The value of `attribute="…"` on the statement of DOT node `name`. */
function attribute(dot: string, name: string, attr: string): string | undefined {
  const statement = dot.split('\n').find((line) => line.trimStart().startsWith(`${name} [`));
  const match = statement?.match(new RegExp(`\\b${attr}=("(?:[^"\\\\]|\\\\.)*")`));
  return match?.[1];
}

/** A DOT string back to its text, as Graphviz reads it (\\n is a line break in a label). */
const unquote = (s: string) => s.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

describe('toDot', () => {
  const dot = toDot(PICTURE, 'en');

  it('escapes quotes and backslashes, and writes no raw line break inside a string', () => {
    expect(dotString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
    const label = unquote(attribute(dot, 'n1', 'label')!);
    expect(label.split('\n')).toEqual(['Agent · ask · ≈ 4 s', 'say "hi" <b>&amp…', '2 findings']);
  });

  it('labels turns with speaker, time and findings, and ids them for clicks', () => {
    expect(unquote(attribute(dot, 'n0', 'label')!)).toBe('Greeting · ≈ 7.2 s\n您好，{brand}，工号{ag…');
    expect(unquote(attribute(dot, 'n2', 'label')!)).toBe('Customer\n满意');
    expect(unquote(attribute(dot, 'n6', 'label')!)).toBe('Agent · ≈ 3 s · pause 2 s\n您好，您的电话已接通，请讲！');
    expect(attribute(dot, 'n1', 'id')).toBe('"node-1"');
  });

  it('fills nodes by their worst finding', () => {
    expect(attribute(dot, 'n1', 'class')).toBe('"sev-error kind-turn"');
    expect(attribute(dot, 'n3', 'class')).toBe('"sev-warning kind-closing"');
    expect(attribute(dot, 'n0', 'class')).toBe('"sev-none kind-greeting"');
    expect(attribute(dot, 'n1', 'fillcolor')).not.toBe(attribute(dot, 'n0', 'fillcolor'));
  });

  it('labels branches with the answer and shows scenarios as entry points', () => {
    expect(dot).toContain('n2 -> n3 [class="edge-branch", label="   满意   "]');
    expect(dot).toContain('n2 -> n5 [class="edge-otherwise", label="otherwise", style=dashed]');
    const nasty = dot.split('\n').find((l) => l.includes('n2 -> n4'))!;
    expect(unquote(nasty.match(/label=("(?:[^"\\]|\\.)*")/)![1]!)).toBe(NASTY.replace('\n', ' ').slice(0, 20) + '…');
    expect(unquote(attribute(dot, 'entry1', 'label')!)).toBe('silent-call\n客户"不说话" <静音>');
    expect(dot).toContain('entry1 -> n6');
    expect(unquote(attribute(dot, 'entry0', 'label')!)).toBe('Start');
  });

  it('speaks Chinese', () => {
    const zh = toDot(PICTURE, 'zh');
    expect(unquote(attribute(zh, 'n1', 'label')!)).toContain('坐席 · ask · ≈ 4 秒');
    expect(unquote(attribute(zh, 'n4', 'label')!)).toBe('挂机');
    expect(zh).toContain('label="   否则   "');
  });

  it('is DOT that Graphviz draws, with the text as written and the ids a click needs', async () => {
    const viz = await instance();
    const result = viz.render(dot, { format: 'svg' });
    // Without system fonts Graphviz warns that it guesses the width of Chinese characters; nothing else.
    expect(result.errors.filter((e) => !/no value for width/.test(e.message))).toEqual([]);
    expect(result.status).toBe('success');
    const svg = (result.status === 'success' ? result.output : '').replaceAll('&#45;', '-');
    expect(svg).toContain('id="node-1"');
    expect(svg).toMatch(/<g id="node-1" class="node sev-error kind-turn">/);
    expect(svg).toContain('>say &quot;hi&quot; &lt;b&gt;&amp;amp…</text>');
    expect(svg).toContain('>客户&quot;不说话&quot; &lt;静音&gt;</text>');
    expect(svg).not.toContain('<b>');
  });
});
