import type { FoldingRange } from 'vscode-languageserver-types';
import type { FeatureContext } from './context';

export function foldingRanges(_context: FeatureContext): FoldingRange[] {
  return [];
}
