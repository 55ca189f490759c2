/**
 * The storm of edits that the stress test and the benchmark send to the language server: a
 * writer typing inside values, stray keystrokes undone at once, and garbage typed anywhere
 * and then undone. Deterministic for a given random source.
 */
import { TextDocument, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Text typed anywhere during the storm: script fragments, forbidden phrases, YAML punctuation. */
const PIECES = [
  '真烦人',
  '我不知道',
  '真煩人',
  '急什么',
  '您好，',
  '工号{agent_id}',
  '{agnet_id}',
  '{brand}',
  '1023号',
  '**号',
  'XX先生',
  '\n',
  '\n  - agent: ',
  '\n  - customer: ',
  '\n  - id: a\n    agent: ',
  '    next: a\n',
  'greeting: ',
  'closing:\n  - ',
  'steps:\n',
  'scenarios:\n  x:\n',
  ': ',
  '- ',
  '# ',
  '"',
  "'",
  ' | ',
  ' > ',
  '{',
  '}',
  '[',
  ']',
  '&a ',
  '*a',
  '\\',
  '\t',
  '  ',
  ' ',
  '。',
  '，',
  '！',
  '？',
  'x',
  '😀',
  '\u3000',
];
const CHARS = 'abc:-#"\'|>{} 您好请稍等谢谢烦人知道\n';
/** Text typed inside a value: it keeps the YAML valid, so the rules get to run. */
const WORDS = [
  '真烦人',
  '我不知道',
  '真煩人',
  '急什么',
  '您好，',
  '工号{agent_id}',
  '{agnet_id}',
  '{customer}',
  '1023号',
  '**号',
  'XX先生',
  '请稍等',
  '。',
  '，',
  '！',
  'x',
  '😀',
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function randomText(random: () => number): string {
  let s = '';
  if (random() < 0.3) {
    for (let i = 1 + Math.floor(random() * 5); i > 0; i--) s += pick(random, [...CHARS]);
  } else {
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) s += pick(random, PIECES);
  }
  return s;
}

export type Edit = TextDocumentContentChangeEvent & { range: Range };

/** An edit anywhere: an insertion, a deletion or a replacement of random text. */
function randomEdit(doc: TextDocument, random: () => number): Edit {
  const length = doc.getText().length;
  const start = Math.floor(random() * (length + 1));
  const roll = random();
  const remove = length > 8000 ? 0.8 : length < 300 ? 0.05 : 0.3;
  const deleted =
    roll < remove ? 1 + Math.floor(random() * 12) : roll < remove + 0.15 ? 1 + Math.floor(random() * 4) : 0;
  const text = roll < remove ? '' : randomText(random);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(Math.min(length, start + deleted)) }, text };
}

/** An edit inside the value of a `key: value` or `- value` line, as a writer types a sentence; undefined when there is none. */
function valueEdit(doc: TextDocument, random: () => number): Edit | undefined {
  const text = doc.getText();
  const spans: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const head = /^\s*(?:- )?(?:[a-z_]+: |- )/.exec(line);
    const value = head ? line.slice(head[0].length) : '';
    if (head && value && !/^[|>[{&*!#]/.test(value)) {
      const quote = /^['"]/.test(value) ? line.lastIndexOf(value[0]!) : line.length;
      const from = lineStart + head[0].length + 1;
      if (quote > head[0].length) spans.push([from, lineStart + quote]);
    }
    lineStart += line.length + 1;
  }
  if (spans.length === 0) return undefined;
  const [from, to] = pick(random, spans);
  const at = from + Math.floor(random() * (to - from + 1));
  const remove = text.length > 8000 || (random() < 0.45 && at < to);
  const end = remove ? Math.min(to, at + 1 + Math.floor(random() * 4)) : at;
  return { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: remove ? '' : pick(random, WORDS) };
}

/** Applies `edit` to `doc` (in place) and returns the edit that undoes it. */
function applyUndoable(doc: TextDocument, edit: Edit, version: number): Edit {
  const start = doc.offsetAt(edit.range.start);
  const removed = doc.getText().slice(start, doc.offsetAt(edit.range.end));
  TextDocument.update(doc, [edit], version);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(start + edit.text.length) }, text: removed };
}

/**
 * The storm: a writer typing inside values, with stray keystrokes undone at once (1–4,000 and
 * 7,001–10,000); 1,500 edits of garbage anywhere (4,001–5,500), then all of them undone in reverse.
 * Applies each edit to `doc` (TextDocument.update changes it in place) before yielding it.
 */
export function* storm(doc: TextDocument, random: () => number): Generator<Edit, void, void> {
  let undoNext: Edit | undefined;
  const garbage: Edit[] = [];
  for (let i = 1; i <= 10_000; i++) {
    const version = i + 1;
    let edit: Edit;
    if (i > 4000 && i <= 5500) {
      edit = randomEdit(doc, random);
      garbage.push(applyUndoable(doc, edit, version));
    } else if (i > 5500 && i <= 7000) {
      edit = garbage.pop()!;
      TextDocument.update(doc, [edit], version);
    } else if (undoNext) {
      edit = undoNext;
      undoNext = undefined;
      TextDocument.update(doc, [edit], version);
    } else if (random() < 0.1 && i !== 4000) {
      edit = randomEdit(doc, random);
      undoNext = applyUndoable(doc, edit, version);
    } else {
      edit = valueEdit(doc, random) ?? randomEdit(doc, random);
      TextDocument.update(doc, [edit], version);
    }
    yield edit;
  }
}
