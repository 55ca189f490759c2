import type { Diagnostic } from 'vscode-languageserver-types';
import { localize, type Locale, type Message } from '../../l10n';
import { PositionMapper } from '../../text/positions';
import type { Waiver } from '../../waivers/parseWaivers';
import { escapeHtml, inlineSvg } from './html';
import { firstWords, formatSeconds, SEVERITY_NAMES } from './labels';
import { renderMessages as M } from './messages';
import type { FlowPicture, SeverityLevel } from './nodeFindings';
import { REPORT_CSS } from './reportStyle';

/** One script of the report, checked and drawn. */
export interface ReportScript {
  /** The path as the report shows it. */
  file: string;
  text: string;
  /** The `script:` name, when it has one. */
  name?: string;
  /** The flow and its findings; absent when the script does not parse. */
  picture?: FlowPicture;
  /** The picture as Graphviz SVG. */
  svg?: string;
  diagnostics: Diagnostic[];
  waivers: Waiver[];
}

export interface ReportOptions {
  locale: Locale;
  version: string;
}

const SEVERITY_MESSAGES: Record<SeverityLevel, Message> = {
  1: M.severityError,
  2: M.severityWarning,
  3: M.severityInformation,
  4: M.severityHint,
};

/**
 * One self-contained HTML page for every script: the summary table, then per script the
 * flow picture, the findings with their source lines, the speaking times and the waivers.
 * Everything from a script is escaped; the page loads nothing (its CSP forbids it).
 */
export function buildReport(scripts: readonly ReportScript[], options: ReportOptions): string {
  const t = (message: Message, args?: Record<string, string | number>) =>
    escapeHtml(localize(message, options.locale, args));
  const lang = options.locale === 'en' ? 'en' : options.locale === 'zh-tw' ? 'zh-Hant' : 'zh-Hans';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t(M.reportTitle)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${t(M.reportTitle)}</h1>`,
    summary(scripts, t),
    ...scripts.map((script, i) => scriptSection(script, i, t, options.locale)),
    `<footer><p>${t(M.generated, { version: options.version })}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

type T = (message: Message, args?: Record<string, string | number>) => string;

const countOf = (diagnostics: Diagnostic[], test: (severity: number) => boolean) =>
  diagnostics.filter((d) => test(d.severity ?? 1)).length;

function summary(scripts: readonly ReportScript[], t: T): string {
  const rows = scripts.map((s, i) => {
    const timing = s.picture?.timing ?? [];
    const longest = Math.max(0, ...timing.map((entry) => entry.longest));
    return (
      `<tr><td><a href="#script-${i}">${escapeHtml(s.file)}</a></td><td>${escapeHtml(s.name ?? '')}</td>` +
      `<td class="n">${countOf(s.diagnostics, (v) => v === 1)}</td><td class="n">${countOf(s.diagnostics, (v) => v === 2)}</td>` +
      `<td class="n">${countOf(s.diagnostics, (v) => v > 2)}</td><td class="n">${s.waivers.length}</td>` +
      `<td class="n">${timing.length > 0 ? t(M.seconds, { seconds: formatSeconds(longest) }) : ''}</td></tr>`
    );
  });
  return [
    `<h2 id="summary">${t(M.summary)}</h2>`,
    '<table class="summary">',
    `<thead><tr><th>${t(M.file)}</th><th>${t(M.script)}</th><th>${t(M.errors)}</th><th>${t(M.warnings)}</th>` +
      `<th>${t(M.others)}</th><th>${t(M.waiversColumn)}</th><th>${t(M.longest)}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}

function scriptSection(script: ReportScript, index: number, t: T, locale: Locale): string {
  const title = script.name
    ? `${escapeHtml(script.name)} <span class="muted">${escapeHtml(script.file)}</span>`
    : escapeHtml(script.file);
  return [
    `<section class="script" id="script-${index}">`,
    `<h2>${title}</h2>`,
    `<h3>${t(M.flow)}</h3>`,
    script.svg ? `<div class="flow">${inlineSvg(script.svg)}</div>` : `<p class="muted">${t(M.noFlow)}</p>`,
    `<h3>${t(M.findingsHeading)}</h3>`,
    findings(script, t, locale),
    `<h3>${t(M.timesHeading)}</h3>`,
    times(script, t),
    `<h3>${t(M.waiversHeading)}</h3>`,
    waivers(script, t),
    '</section>',
  ].join('\n');
}

/** The source lines of a text, split as LSP splits them. */
const sourceLines = (text: string) => text.split(/\r\n|\r|\n/);

function findings(script: ReportScript, t: T, locale: Locale): string {
  if (script.diagnostics.length === 0) return `<p class="muted">${t(M.noFindings)}</p>`;
  const lines = sourceLines(script.text);
  const items = script.diagnostics.map((d) => {
    const severity = (d.severity ?? 1) as SeverityLevel;
    const { start, end } = d.range;
    const line = lines[start.line] ?? '';
    const markEnd = end.line === start.line ? end.character : line.length;
    const source =
      escapeHtml(line.slice(0, start.character)) +
      `<mark>${escapeHtml(line.slice(start.character, Math.max(start.character, markEnd)))}</mark>` +
      escapeHtml(line.slice(Math.max(start.character, markEnd)));
    return [
      `<li class="finding" data-line="${start.line + 1}">`,
      `<span class="sev ${SEVERITY_NAMES[severity]}">${escapeHtml(localize(SEVERITY_MESSAGES[severity], locale))}</span> `,
      `<span class="where">${start.line + 1}:${start.character + 1}</span> `,
      `<code>${escapeHtml(String(d.code ?? ''))}</code> `,
      `<span class="message">${escapeHtml(typeof d.message === 'string' ? d.message : d.message.value)}</span>`,
      `<pre class="source">${source}</pre>`,
      '</li>',
    ].join('');
  });
  return `<ol class="findings">${items.join('\n')}</ol>`;
}

function times(script: ReportScript, t: T): string {
  const parts: string[] = [];
  const timing = script.picture?.timing ?? [];
  if (timing.length > 0) {
    const rows = timing.map(
      (timing) =>
        `<tr><td>${escapeHtml(timing.entry)}</td><td class="n">${t(M.seconds, { seconds: formatSeconds(timing.shortest) })}</td>` +
        `<td class="n">${t(M.seconds, { seconds: formatSeconds(timing.longest) })}</td><td>${t(M.speed, { speed: timing.charsPerMinute })}</td></tr>`,
    );
    parts.push(
      `<table class="timing"><thead><tr><th>${t(M.entry)}</th><th>${t(M.shortest)}</th><th>${t(M.longest)}</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  const turns = (script.picture?.graph.nodes ?? []).filter((n) => n.seconds > 0).sort((a, b) => a.start - b.start);
  if (turns.length > 0) {
    const positions = new PositionMapper(script.text);
    const rows = turns.map(
      (n) =>
        `<tr><td class="n">${positions.lineAt(n.start) + 1}</td><td>${escapeHtml(n.id ?? n.key)}</td><td>${escapeHtml(firstWords(n.text, 40))}</td>` +
        `<td class="n">${t(M.seconds, { seconds: formatSeconds(n.seconds) })}</td></tr>`,
    );
    parts.push(
      `<table class="turns"><thead><tr><th>${t(M.line)}</th><th>${t(M.turn)}</th><th>${t(M.turnTimes)}</th><th>${t(M.time)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  return parts.length > 0 ? parts.join('\n') : `<p class="muted">—</p>`;
}

function waivers(script: ReportScript, t: T): string {
  if (script.waivers.length === 0) return `<p class="muted">${t(M.noWaivers)}</p>`;
  const rows = script.waivers.map(
    (w) =>
      `<tr><td class="n">${w.line + 1}</td><td><code>${escapeHtml(w.kind)}</code></td>` +
      `<td>${w.rules.length > 0 ? w.rules.map((r) => `<code>${escapeHtml(r)}</code>`).join(' ') : t(M.allRules)}</td>` +
      `<td>${w.reason ? escapeHtml(w.reason) : `<span class="muted">${t(M.noReason)}</span>`}</td></tr>`,
  );
  return `<table class="waivers"><thead><tr><th>${t(M.line)}</th><th></th><th>${t(M.waiverRules)}</th><th>${t(M.reason)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
