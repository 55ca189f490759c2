import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createParsedDocuments } from '../../src/lsp/parsedDocuments';
import { service } from '../util';

const URI = 'file:///w/a.script.yaml';
const TEXT = 'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 请您稍等片刻\nclosing: 再见\n';

function modelOf(parsed: ReturnType<ReturnType<typeof createParsedDocuments>['get']>) {
  if (!parsed || !('model' in parsed)) throw new Error('no model');
  return parsed.model;
}

describe('parsed documents', () => {
  it('parses a change again when the client reuses the version it last sent', () => {
    const documents = createParsedDocuments();
    const document = TextDocument.create(URI, 'huashu', 3, TEXT);
    expect(modelOf(documents.get(document)).text).toBe(TEXT);
    const at = document.positionAt(TEXT.indexOf('请您稍等片刻'));
    TextDocument.update(document, [{ range: { start: at, end: at }, text: '你们真烦人，' }], 3);
    const model = modelOf(documents.get(document));
    expect(model.text).toBe(document.getText());
    expect(service.validate(model).map((d) => d.code)).toContain('forbidden-phrase');
  });

  it('parses a change again when the new text has the same length and version', () => {
    const documents = createParsedDocuments();
    const document = TextDocument.create(URI, 'huashu', 1, TEXT);
    documents.get(document);
    const start = document.positionAt(TEXT.indexOf('稍等片刻'));
    TextDocument.update(
      document,
      [{ range: { start, end: document.positionAt(TEXT.indexOf('稍等片刻') + 3) }, text: '真烦人' }],
      1,
    );
    expect(modelOf(documents.get(document)).text).toBe(document.getText());
  });

  it('keeps the model while version and text stay the same', () => {
    const documents = createParsedDocuments();
    const document = TextDocument.create(URI, 'huashu', 1, TEXT);
    const first = modelOf(documents.get(document));
    expect(modelOf(documents.get(document))).toBe(first);
    expect(modelOf(documents.get(TextDocument.create(URI, 'huashu', 1, TEXT)))).toBe(first);
  });
});
