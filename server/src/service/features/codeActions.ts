import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function codeActions(_context: FeatureContext, _uri: string, _range: Range, _diagnostics: Diagnostic[]): CodeAction[] {
  return [];
}
