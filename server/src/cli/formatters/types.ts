import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale, WaivedDiagnostic, Waiver } from '../../service';
import type { FileSpeaking } from '../speaking';

/** The findings for one file, with its path as given on the command line. */
export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Findings that waiver comments silenced. */
  suppressed?: WaivedDiagnostic[];
  waivers?: Waiver[];
  /** Findings that the baseline accepts (`--baseline`): left out of the report, kept as suppressed in SARIF. */
  baselined?: Diagnostic[];
  /** The text that was checked, for formats that name findings by the text they cover. */
  text?: string;
  /** Speaking figures of a script: `timing` in JSON, and `huashu stats`. */
  speaking?: FileSpeaking;
}

export interface FormatOptions {
  locale: Locale;
  color: boolean;
  version: string;
  docsUrl: string;
  /** With `--baseline`: how many findings it accepted (left out of the results) and how many of its entries are stale. */
  baseline?: { baselined: number; stale: number };
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;

/** A diagnostic's message as plain text. */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
