import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { service } from '../util';

const URI = 'file:///w/a.script.yaml';

/** A lone CR inside a string: content for YAML, a line break for LSP. */
const TEXT =
  'script: x\ngreeting: 您好，工号{agent_id}\nsteps:\n  - agent: 请您稍等\n    note: "第一行\r第二行"\n  - agent: 你们真烦人\nclosing: 再见\n';

describe('a lone CR inside a string', () => {
  it('ranges count it as a line break, as the client does', () => {
    const document = TextDocument.create(URI, 'huashu', 1, TEXT);
    const forbidden = service.validate(TEXT).filter((d) => d.code === 'forbidden-phrase');
    expect(forbidden.map((d) => d.range.start.line)).toEqual([6]);
    expect(forbidden.map((d) => document.getText(d.range))).toEqual(['真烦人']);
  });

  it('a quick fix applied by the LSP rules replaces the phrase and nothing else', () => {
    const diagnostics = service.validate(TEXT).filter((d) => d.code === 'forbidden-phrase');
    const actions = service.codeActions(TEXT, URI, diagnostics[0]!.range, diagnostics) as CodeAction[];
    const edits = actions[0]!.edit!.changes![URI]!;
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'huashu', 1, TEXT), edits);
    expect(fixed.startsWith(TEXT.slice(0, TEXT.indexOf('你们')))).toBe(true);
    expect(fixed.endsWith('\nclosing: 再见\n')).toBe(true);
    expect(fixed).not.toContain('真烦人');
  });
});
