/** The report's stylesheet: inline, system fonts, light and dark by the reader's preference. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #616161; --line: #d6d6d6;
  --error: #c42b1c; --warning: #9d5d00; --information: #0f6cbd; --hint: #3f7f3f; --mark: #ffe08a; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --bg: #1e1e1e; --muted: #a0a0a0; --line: #3c3c3c;
  --error: #f48771; --warning: #cca700; --information: #75beff; --hint: #89d185; --mark: #6b5a1a; } }
body { font: 14px/1.5 system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-top: 1px solid var(--line); padding-top: 1.5rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted, footer { color: var(--muted); }
.flow { background: #ffffff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow: auto; }
.flow svg { max-width: 100%; height: auto; }
ol.findings { list-style: none; padding: 0; }
ol.findings li { margin: .6rem 0; }
.sev { font-weight: 600; } .sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
.sev.information { color: var(--information); } .sev.hint { color: var(--hint); }
code, pre { font-family: ui-monospace, "Cascadia Mono", "Noto Sans Mono CJK SC", monospace; }
pre.source { margin: .2rem 0 0; padding: .3rem .6rem; border-left: 3px solid var(--line); white-space: pre-wrap; }
pre.source mark { background: var(--mark); color: inherit; }
`;
