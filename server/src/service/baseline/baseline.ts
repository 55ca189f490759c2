import type { Message } from '../l10n';

/**
 * A baseline: the findings a team has accepted for now, each known by its file, rule and the
 * text it covers (PHPStan's and Psalm's way), so that moving lines or adding turns above does
 * not bring them back. The lines are hints only: when a file has more findings of one rule
 * and text than the baseline counts, the ones nearest the remembered lines are the old ones.
 */
export interface BaselineEntry {
  /** The script's path relative to the baseline file's folder, with `/` separators. */
  file: string;
  rule: string;
  /** The covered source text, normalised (`normaliseFindingText`). */
  text: string;
  /** How many findings of this file, rule and text are accepted. */
  count: number;
  /** Their 1-based lines when the baseline was written, ascending. */
  lines: number[];
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** One finding of a file, as the baseline sees it. */
export interface BaselineFinding {
  rule: string;
  text: string;
  /** 1-based line. */
  line: number;
}

export const baselineMessages = {
  notJson: { zh: '基线文件“{path}”不是有效的 JSON：{reason}', en: 'The baseline "{path}" is not valid JSON: {reason}' },
  badShape: {
    zh: '基线文件“{path}”格式不对：应为 { "version": 1, "findings": [{ "file", "rule", "text", "count", "lines" }] }',
    en: 'The baseline "{path}" has the wrong shape: expected { "version": 1, "findings": [{ "file", "rule", "text", "count", "lines" }] }',
  },
} satisfies Record<string, Message>;

const isEntry = (e: unknown): e is BaselineEntry => {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.file === 'string' &&
    typeof x.rule === 'string' &&
    typeof x.text === 'string' &&
    Number.isInteger(x.count) &&
    (x.count as number) > 0 &&
    Array.isArray(x.lines) &&
    x.lines.every((l) => Number.isInteger(l))
  );
};

/** A baseline file's text as a baseline, or why it is not one. */
export function parseBaseline(json: string): Baseline | { problem: 'notJson' | 'badShape'; reason?: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { problem: 'notJson', reason: e instanceof Error ? e.message : String(e) };
  }
  const d = data as Record<string, unknown> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    d.version !== 1 ||
    !Array.isArray(d.findings) ||
    !d.findings.every(isEntry)
  ) {
    return { problem: 'badShape' };
  }
  return { version: 1, findings: d.findings };
}

const key = (rule: string, text: string) => `${rule}\u0000${text}`;

/** What a file's findings are against its baseline entries. */
export interface BaselineMatch {
  /** For each finding, in order: whether the baseline accepts it. */
  baselined: boolean[];
  /** Accepted findings no longer found: fixed, or their text changed. */
  stale: number;
}

/**
 * Matches one file's findings against that file's baseline entries. Per (rule, text), as
 * many findings as the entry counts are accepted, taken nearest to the remembered lines.
 */
export function matchBaseline(entries: readonly BaselineEntry[], findings: readonly BaselineFinding[]): BaselineMatch {
  const baselined = findings.map(() => false);
  let stale = 0;
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const k = key(f.rule, f.text);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  for (const entry of entries) {
    const group = groups.get(key(entry.rule, entry.text)) ?? [];
    groups.delete(key(entry.rule, entry.text));
    if (group.length <= entry.count) {
      for (const i of group) baselined[i] = true;
      stale += entry.count - group.length;
      continue;
    }
    // More findings than accepted: the ones nearest the remembered lines are the old ones.
    const free = new Set(group);
    const hints = [...entry.lines, ...Array<number>(Math.max(0, entry.count - entry.lines.length)).fill(0)].slice(
      0,
      entry.count,
    );
    for (const hint of hints) {
      let best = -1;
      for (const i of free) {
        if (best === -1 || Math.abs(findings[i]!.line - hint) < Math.abs(findings[best]!.line - hint)) best = i;
      }
      free.delete(best);
      baselined[best] = true;
    }
  }
  return { baselined, stale };
}

/** The baseline entries of one file's findings: one per (rule, text), sorted. */
export function baselineEntries(file: string, findings: readonly BaselineFinding[]): BaselineEntry[] {
  const groups = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const k = key(f.rule, f.text);
    const entry = groups.get(k) ?? { file, rule: f.rule, text: f.text, count: 0, lines: [] };
    entry.count++;
    entry.lines.push(f.line);
    groups.set(k, entry);
  }
  return [...groups.values()].map((e) => ({ ...e, lines: [...e.lines].sort((a, b) => a - b) }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The baseline file's text: entries sorted by file, rule and text (code-unit order, not the locale's), pretty JSON. */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort(
    (a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.text, b.text),
  );
  const findings = sorted.map(({ file, rule, text, count, lines }) => ({ file, rule, text, count, lines }));
  return JSON.stringify({ version: 1, findings }, null, 2) + '\n';
}
