import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { localize, type Locale } from '../l10n';
import { PositionMapper } from '../text/positions';
import type { ConfigProblem } from './types';

/** Configuration problems as diagnostics, grouped by the file they are in. */
export function configDiagnostics(
  problems: ConfigProblem[],
  texts: Map<string, string>,
  locale: Locale,
  docsUrl: string,
): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of problems) {
    const map = new PositionMapper(texts.get(p.file) ?? '');
    const list = byFile.get(p.file) ?? [];
    list.push({
      range: map.range(p.span.start, p.span.end),
      severity: DiagnosticSeverity.Error,
      code: 'config',
      codeDescription: { href: `${docsUrl}#config` },
      source: 'huashu',
      message: localize(p.message, locale, p.args),
    });
    byFile.set(p.file, list);
  }
  return byFile;
}
