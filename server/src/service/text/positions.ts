import { LineCounter } from 'yaml';
import type { Range } from 'vscode-languageserver-types';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Turns source offsets into LSP ranges (0-based lines, UTF-16 characters) and back.
 * The only place in the service that does offset arithmetic on positions.
 *
 * Lines are LSP's: `\n`, `\r\n` (one break) and a lone `\r` each end a line, exactly as in
 * the client and in `vscode-languageserver-textdocument`. This differs from YAML, which reads
 * a lone `\r` as content: code that follows YAML's structure splits at `\n`, but every line
 * number that reaches an editor comes from here.
 */
export class PositionMapper {
  /** The line starts, as a YAML `LineCounter` (its `lineStarts` are LSP's lines). */
  readonly lineCounter = new LineCounter();
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    this.lineCounter.addNewLine(0);
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineCounter.addNewLine(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        this.lineCounter.addNewLine(i + 1);
      } else if (c === LF) {
        this.lineCounter.addNewLine(i + 1);
      }
    }
  }

  /** How many lines the text has: one more than its line breaks. */
  get lineCount(): number {
    return this.lineCounter.lineStarts.length;
  }

  /** Offset where line `line` starts; the text's length past the last line, 0 before the first. */
  lineStart(line: number): number {
    if (line < 0) return 0;
    return this.lineCounter.lineStarts[line] ?? this.text.length;
  }

  /** Offset where line `line` ends, before its line break. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    const starts = this.lineCounter.lineStarts;
    if (line >= starts.length) return this.text.length;
    return this.beforeLineBreak(line + 1 < starts.length ? starts[line + 1]! : this.text.length, starts[line]!);
  }

  /** Offset where the line after `line` starts (after its line break), or the text's length. */
  nextLineStart(line: number): number {
    return this.lineStart(line < 0 ? 0 : line + 1);
  }

  /** The line holding `offset` (an offset between `\r` and `\n` belongs to the line they end). */
  lineAt(offset: number): number {
    return this.position(offset).line;
  }

  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line } = this.lineCounter.linePos(clamped);
    const lineStart = this.lineCounter.lineStarts[line - 1]!;
    return { line: line - 1, character: this.beforeLineBreak(clamped, lineStart) - lineStart };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The offset of a position; a character past the line's end means the end, before the break. */
  offset(position: { line: number; character: number }): number {
    const starts = this.lineCounter.lineStarts;
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line]!;
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1]! : this.text.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  /** `offset` moved back before any line break characters, not before `lineStart`. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart) {
      const c = this.text.charCodeAt(at - 1);
      if (c !== CR && c !== LF) break;
      at--;
    }
    return at;
  }
}
