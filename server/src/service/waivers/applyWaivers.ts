import type { Diagnostic } from 'vscode-languageserver-types';
import type { Waiver } from './parseWaivers';

/** Rules that a waiver never silences: they are about the waivers themselves. */
const UNWAIVABLE = new Set(['waiver-reason', 'unused-waiver']);

export interface WaivedDiagnostic {
  diagnostic: Diagnostic;
  waiver: Waiver;
}

export interface WaiverOutcome {
  kept: Diagnostic[];
  suppressed: WaivedDiagnostic[];
  /** Waivers that silenced nothing. */
  unused: Waiver[];
}

const names = (w: Waiver, code: string) => w.rules.length === 0 || w.rules.includes(code);

/** Splits diagnostics into those that stand and those a waiver silences. */
export function applyWaivers(diagnostics: Diagnostic[], waivers: Waiver[]): WaiverOutcome {
  if (waivers.length === 0) return { kept: diagnostics, suppressed: [], unused: [] };
  const used = new Set<Waiver>();
  const blocks: Array<{ waiver: Waiver; from: number; to: number }> = [];
  for (const w of waivers) {
    if (w.kind !== 'disable') continue;
    const enable = waivers.find(
      (e) =>
        e.kind === 'enable' && e.line > w.line && (e.rules.length === 0 || w.rules.every((r) => e.rules.includes(r))),
    );
    blocks.push({ waiver: w, from: w.line + 1, to: enable ? enable.line : Number.MAX_SAFE_INTEGER });
    if (enable) used.add(enable);
  }
  const byLine = new Map<number, Waiver[]>();
  for (const w of waivers) {
    if (!w.covers) continue;
    for (let line = w.covers[0]; line <= w.covers[1]; line++) {
      const list = byLine.get(line) ?? [];
      list.push(w);
      byLine.set(line, list);
    }
  }
  const kept: Diagnostic[] = [];
  const suppressed: WaivedDiagnostic[] = [];
  for (const d of diagnostics) {
    const code = String(d.code);
    const line = d.range.start.line;
    const waiver = UNWAIVABLE.has(code)
      ? undefined
      : (byLine.get(line)?.find((w) => names(w, code)) ??
        blocks.find((b) => line >= b.from && line < b.to && names(b.waiver, code))?.waiver);
    if (waiver) {
      used.add(waiver);
      suppressed.push({ diagnostic: d, waiver });
    } else {
      kept.push(d);
    }
  }
  return { kept, suppressed, unused: waivers.filter((w) => w.kind !== 'enable' && !used.has(w)) };
}
