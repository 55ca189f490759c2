import { describe, expect, it } from 'vitest';
import { quotedSpans, spanCursor } from '../../src/service/rules/quotedSpans';

describe('quotedSpans', () => {
  it('finds the spans of each kind of quotation mark, marks included', () => {
    const text = '您说“你好”和「你们」，『甲』‘乙’"丙"';
    expect(quotedSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
      '“你好”',
      '「你们」',
      '『甲』',
      '‘乙’',
      '"丙"',
    ]);
  });
  it('keeps a nested quotation inside its outer one', () => {
    const text = '「他说『你』」你';
    expect(quotedSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['「他说『你』」']);
  });
  it('runs a quotation still being typed to the end', () => {
    expect(quotedSpans('请你说“你')).toEqual([[3, 5]]);
  });
});

describe('spanCursor', () => {
  it('answers increasing offsets against sorted spans', () => {
    const inside = spanCursor([
      [2, 4],
      [6, 7],
    ]);
    expect([0, 2, 3, 4, 5, 6, 7, 9].map(inside)).toEqual([false, true, true, false, false, true, false, false]);
  });
});
