import type { Position, Range } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function definition(_context: FeatureContext, _position: Position): Range | null {
  return null;
}

export function references(_context: FeatureContext, _position: Position, _includeDeclaration: boolean): Range[] {
  return [];
}
