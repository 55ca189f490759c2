import type { Diagnostic } from 'vscode-languageserver-types';
import { PositionMapper } from '../text/positions';

/**
 * The text a finding covers, as a baseline remembers it: the source of its range, with
 * Unicode in NFC and every run of blanks and line breaks (and a YAML block's indentation)
 * as one space. The same words give the same text wherever they move in the file.
 */
export function normaliseFindingText(source: string): string {
  return source.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The normalised texts of `diagnostics` in `text`, in the same order. */
export function findingTexts(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const mapper = new PositionMapper(text);
  return diagnostics.map((d) =>
    normaliseFindingText(text.slice(mapper.offset(d.range.start), mapper.offset(d.range.end))),
  );
}
