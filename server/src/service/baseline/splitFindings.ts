import type { Diagnostic } from 'vscode-languageserver-types';
import { matchBaseline, type BaselineEntry, type BaselineFinding } from './baseline';
import { findingTexts } from './findingText';

/** A script's diagnostics as the baseline sees them: rule, covered text, 1-based line. */
export function baselineFindings(text: string, diagnostics: readonly Diagnostic[]): BaselineFinding[] {
  const texts = findingTexts(text, diagnostics);
  return diagnostics.map((d, i) => ({ rule: String(d.code), text: texts[i]!, line: d.range.start.line + 1 }));
}

export interface BaselineSplit {
  /** Findings the baseline does not accept: new ones. */
  fresh: Diagnostic[];
  /** Findings the baseline accepts. */
  baselined: Diagnostic[];
  /** Entries of the file no longer found. */
  stale: number;
}

/** A script's diagnostics split into new ones and those the file's baseline `entries` accept. */
export function splitByBaseline(
  text: string,
  diagnostics: readonly Diagnostic[],
  entries: readonly BaselineEntry[],
): BaselineSplit {
  const { baselined, stale } = matchBaseline(entries, baselineFindings(text, diagnostics));
  return {
    fresh: diagnostics.filter((_, i) => !baselined[i]),
    baselined: diagnostics.filter((_, i) => baselined[i]),
    stale,
  };
}
