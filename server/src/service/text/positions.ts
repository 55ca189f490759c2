import { LineCounter } from 'yaml';
import type { Range } from 'vscode-languageserver-types';

/**
 * Turns source offsets into LSP ranges (0-based lines, UTF-16 characters).
 * The only place in the service that does offset arithmetic on positions.
 */
export class PositionMapper {
  readonly lineCounter = new LineCounter();
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    this.lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.lineCounter.addNewLine(i + 1);
    }
  }

  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const { line, col } = this.lineCounter.linePos(clamped);
    return { line: line - 1, character: col - 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  offset(position: { line: number; character: number }): number {
    const starts = this.lineCounter.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.length;
    const lineStart = starts[position.line]!;
    const next = position.line + 1 < starts.length ? starts[position.line + 1]! - 1 : this.length;
    return Math.min(lineStart + Math.max(0, position.character), next);
  }
}
