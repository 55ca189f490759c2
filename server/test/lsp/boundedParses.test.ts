import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { boundParses } from '../../src/lsp/boundedParses';
import { createParsedDocuments } from '../../src/lsp/parsedDocuments';

const TEXT = 'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 请您稍等片刻\nclosing: 再见\n';
const doc = (i: number, text = TEXT) => TextDocument.create(`file:///w/s${i}.script.yaml`, 'huashu', 1, text);

describe('bounded parses', () => {
  it('keeps the parses of the documents used last, within the document budget', () => {
    const parsed = boundParses(createParsedDocuments(), { documents: 2, characters: 1e6 });
    const [a, b, c] = [doc(1), doc(2), doc(3)];
    const first = { a: parsed.get(a), b: parsed.get(b) };
    expect(parsed.get(a)).toBe(first.a);
    parsed.get(c);
    // b was used least recently: it was forgotten and is parsed again; a was kept.
    expect(parsed.get(a)).toBe(first.a);
    const again = parsed.get(b);
    expect(again).not.toBe(first.b);
    expect(again && 'model' in again && again.model.text).toBe(TEXT);
  });

  it('forgets older parses past the character budget, but never the document used last', () => {
    const big = doc(9, TEXT.repeat(50));
    const parsed = boundParses(createParsedDocuments(), { documents: 10, characters: TEXT.length * 3 });
    const small = doc(1);
    const smallFirst = parsed.get(small);
    const bigFirst = parsed.get(big);
    expect(parsed.get(big)).toBe(bigFirst);
    expect(parsed.get(small)).not.toBe(smallFirst);
    // Using the small one pushed the big one over the budget.
    expect(parsed.get(big)).not.toBe(bigFirst);
  });

  it('forgets a closed document, and keeps nothing for documents that are not scripts', () => {
    const forgotten: string[] = [];
    const inner = createParsedDocuments();
    const parsed = boundParses(
      { get: inner.get, forget: (uri) => (forgotten.push(uri), inner.forget(uri)) },
      {
        documents: 1,
        characters: 1e6,
      },
    );
    const notScript = TextDocument.create('file:///w/notes.txt', 'plaintext', 1, 'hello');
    expect(parsed.get(notScript)).toBeUndefined();
    parsed.get(doc(1));
    expect(forgotten).toEqual([]);
    parsed.get(doc(2));
    expect(forgotten).toEqual(['file:///w/s1.script.yaml']);
    parsed.forget('file:///w/s2.script.yaml');
    parsed.get(doc(3));
    expect(forgotten).toEqual(['file:///w/s1.script.yaml', 'file:///w/s2.script.yaml']);
  });
});
