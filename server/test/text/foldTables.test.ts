import { describe, expect, it } from 'vitest';
import t2sTable from '../../data/chinese/t2s.txt';
import variantsTable from '../../data/chinese/variants.yaml';
import { foldCode, foldForMatch, foldWords } from '../../src/service/text/fold';
import { buildFoldTable, buildVariantTables } from '../../src/service/text/foldTables';

// fold.ts reads the folds from their compact form (foldData.ts, computed at build time); they
// must be the tables the data files give when read directly.

const fold = buildFoldTable(t2sTable);
const variants = buildVariantTables(variantsTable, fold);

describe('the character folds read from their compact form', () => {
  it('fold every code unit as t2s.txt and the width and case rules do', () => {
    let changed = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (foldCode(c) !== fold[c]) expect(foldCode(c), c.toString(16)).toBe(fold[c]);
      if (fold[c] !== c) changed++;
    }
    expect(changed).toBeGreaterThan(3000);
    expect(foldCode('們'.charCodeAt(0))).toBe('们'.charCodeAt(0));
    expect(foldCode('Ａ'.charCodeAt(0))).toBe('a'.charCodeAt(0));
  });

  it('fold every code unit for matching as variants.yaml does', () => {
    let variant = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (foldForMatch(c) !== variants.chars[c]) expect(foldForMatch(c), c.toString(16)).toBe(variants.chars[c]);
      if (variants.chars[c] !== fold[c]) variant++;
    }
    expect(variant).toBeGreaterThan(10);
    expect(foldForMatch('您'.charCodeAt(0))).toBe('你'.charCodeAt(0));
  });

  it('fold every word of variants.yaml, and nothing else', () => {
    let words = 0;
    for (const list of variants.words.values()) {
      for (const { from, to } of list) {
        const codes = [0x41, ...from, 0x42];
        foldWords(codes);
        expect(codes).toEqual([0x41, ...to, 0x42]);
        words++;
      }
    }
    expect(words).toBeGreaterThan(3);
    const plain = [...'您好请问'].map((c) => foldForMatch(c.charCodeAt(0)));
    const before = [...plain];
    foldWords(plain);
    expect(plain).toEqual(before);
  });
});
