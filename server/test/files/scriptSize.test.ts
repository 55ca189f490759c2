/** The size of an editor buffer over the limit is its saved size in UTF-8, not its length in UTF-16 units. */
import { describe, expect, it } from 'vitest';
import { textProblem } from '../../src/lsp/scriptText';
import { MAX_SCRIPT_BYTES } from '../../src/files/textFile';

describe('textProblem', () => {
  it('reports a Chinese buffer by its UTF-8 bytes: 12 Mi characters are 36.0 MB', () => {
    const problem = textProblem('中'.repeat(12 * 1024 * 1024));
    expect(problem?.args).toEqual({ size: '36.0', limit: '10' });
  });

  it('reports an ASCII buffer over the limit by its length, which is its size', () => {
    expect(textProblem('a'.repeat(MAX_SCRIPT_BYTES + 1024 * 1024))?.args).toEqual({ size: '11.0', limit: '10' });
  });

  it('lets a buffer of at most the limit through', () => {
    expect(textProblem('中'.repeat(MAX_SCRIPT_BYTES / 3 - 1))).toBeUndefined();
    expect(textProblem('a'.repeat(MAX_SCRIPT_BYTES))).toBeUndefined();
  });
});
