import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function symbols(_context: FeatureContext): DocumentSymbol[] {
  return [];
}
