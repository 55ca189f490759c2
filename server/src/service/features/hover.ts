import type { Hover, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function hover(_context: FeatureContext, _position: Position): Hover | null {
  return null;
}
