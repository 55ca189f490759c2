import { describe, expect, it } from 'vitest';
import { buildReport, escapeHtml, inlineSvg, type ReportScript } from '../../src/service/flow/render';
import { NASTY, PICTURE } from './fixture';

const TEXT = 'script: 回访\ngreeting: 您好 <script>alert(1)</script> "x"\n';
const SVG =
  '<?xml version="1.0"?>\n<!DOCTYPE svg>\n<!-- n0 -->\n<svg><g id="node&#45;0" class="node"><text>开场白</text></g></svg>';

const script = (overrides: Partial<ReportScript> = {}): ReportScript => ({
  file: 'a/<b>.script.yaml',
  name: NASTY,
  text: TEXT,
  picture: { ...PICTURE, timing: [{ entry: 'main', shortest: 13.4, longest: 41, charsPerMinute: 190 }] },
  svg: SVG,
  diagnostics: [
    {
      range: { start: { line: 1, character: 13 }, end: { line: 1, character: 21 } },
      severity: 1,
      code: 'forbidden-phrase',
      message: 'say "您" & <not> this',
    },
  ],
  waivers: [
    {
      kind: 'disable-next-line',
      rules: ['polite-pronoun'],
      reason: 'quoting the <customer>',
      line: 4,
      start: 0,
      end: 1,
      ownLine: true,
      removal: [0, 1],
    },
    { kind: 'disable-line', rules: [], line: 6, start: 0, end: 1, ownLine: false, removal: [0, 1] },
  ],
  ...overrides,
});

describe('buildReport', () => {
  const html = buildReport(
    [
      script(),
      script({
        file: 'broken.script.yaml',
        picture: undefined,
        svg: undefined,
        diagnostics: [],
        waivers: [],
      }),
    ],
    {
      locale: 'en',
      version: '9.9.9',
    },
  );

  it('escapes everything that comes from a script', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('a/&#60;b&#62;.script.yaml');
    expect(html).toContain('say &#34;您&#34; &#38; &#60;not&#62; this');
    expect(html).toContain('quoting the &#60;customer&#62;');
  });

  it('shows the finding with its source line and the range marked', () => {
    expect(html).toContain(
      '<pre class="source">greeting: 您好 <mark>&#60;script&#62;</mark>alert(1)&#60;/script&#62; &#34;x&#34;</pre>',
    );
    expect(html).toContain('<span class="where">2:14</span>');
  });

  it('has the summary, the picture, the times, the waivers and a CSP that loads nothing', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain(
      '<div class="flow"><svg><g id="node&#45;0" class="node"><text>开场白</text></g></svg></div>',
    );
    expect(html).toContain('The script does not parse: no call flow.');
    expect(html).toMatch(
      /<td class="n">1<\/td><td class="n">0<\/td><td class="n">0<\/td><td class="n">2<\/td><td class="n">≈ 41 s<\/td>/,
    );
    expect(html).toContain('<td class="n">≈ 13 s</td><td class="n">≈ 41 s</td>');
    expect(html).toContain('<td>every rule</td><td><span class="muted">(no reason given)</span></td>');
    expect(html).toContain('<a href="#script-1">broken.script.yaml</a>');
  });

  it('refuses an SVG that could run code', () => {
    expect(() => inlineSvg('<svg><script>alert(1)</script></svg>')).toThrow();
    expect(() => inlineSvg('<svg><g onclick="x()"></g></svg>')).toThrow();
    expect(() => inlineSvg('<svg><a xlink:href="javascript:x"><text>t</text></a></svg>')).toThrow();
    expect(inlineSvg('<svg><text>onclick=&quot;x&quot;</text></svg>')).toBe(
      '<svg><text>onclick=&quot;x&quot;</text></svg>',
    );
  });
});
