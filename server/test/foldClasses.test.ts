import { describe, expect, it } from 'vitest';
import { CharClass, classOf } from '../src/service/text/fold';

describe('the class of a folded code unit', () => {
  it('is decided on first look exactly as the whole table would have been', () => {
    const skip = /[\s\p{P}\p{S}\p{Cf}\p{Cc}]/u;
    const sentenceEnds = new Set('。！？!?.．｡');
    const clauseEnds = new Set('，、；：,;:﹐﹑﹔﹕､“”「」『』"‘’﹁﹂﹃﹄\n\r\u2028\u2029');
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const expected = sentenceEnds.has(ch)
        ? CharClass.SentenceEnd
        : clauseEnds.has(ch)
          ? CharClass.ClauseEnd
          : code >= 0xd800 && code <= 0xdfff
            ? CharClass.Text
            : skip.test(ch)
              ? CharClass.Skip
              : CharClass.Text;
      // Twice: the first look decides, the second reads what it kept.
      expect(classOf(code)).toBe(expected);
      expect(classOf(code)).toBe(expected);
    }
  });
});
