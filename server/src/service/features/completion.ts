import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function complete(_context: FeatureContext, _position: Position): CompletionItem[] {
  return [];
}
