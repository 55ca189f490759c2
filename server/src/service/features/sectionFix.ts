import { isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ScriptModel } from '../parse/scriptModel';
import { plainValue } from './yamlText';

/** Keys after which a new greeting goes, so it reads in the order of the README's example. */
const BEFORE_GREETING = ['script', 'brand', 'channel'];

/** Offset of the start of the line after the one holding `offset`, or undefined at the last line. */
function nextLineStart(model: ScriptModel, offset: number): number | undefined {
  const { line } = model.positions.position(offset);
  return model.positions.lineCounter.lineStarts[line + 1];
}

function insertLine(model: ScriptModel, at: number | undefined, line: string): TextEdit {
  if (at !== undefined) {
    const position = model.positions.position(at);
    return { range: { start: position, end: position }, newText: `${line}\n` };
  }
  const end = model.positions.position(model.text.length);
  const lead = model.text === '' || model.text.endsWith('\n') ? '' : '\n';
  return { range: { start: end, end }, newText: `${lead}${line}\n` };
}

/** Adds a missing top-level `greeting` (after script/brand/channel) or `closing` (at the end). */
function addKey(model: ScriptModel, key: 'greeting' | 'closing', value: string): TextEdit {
  const line = `${key}: ${value}`;
  if (key === 'closing') return insertLine(model, undefined, line);
  let after = -1;
  for (const name of BEFORE_GREETING) {
    const pair = model.keys.get(name);
    const end = (pair?.value as Node | null)?.range?.[1] ?? pair?.key.range?.[1];
    if (end !== undefined) after = Math.max(after, end);
  }
  if (after !== -1) return insertLine(model, nextLineStart(model, Math.max(0, after - 1)), line);
  const keyStarts = [...model.keys.values()].flatMap((p) => (p.key.range ? [p.key.range[0]] : []));
  if (keyStarts.length === 0) return insertLine(model, undefined, line);
  const firstLine = model.positions.position(Math.min(...keyStarts)).line;
  return insertLine(model, model.positions.lineCounter.lineStarts[firstLine], line);
}

/** Fills in an empty `greeting` or `closing` with `value`. */
function fillKey(model: ScriptModel, key: 'greeting' | 'closing', value: string): TextEdit | undefined {
  const pair = model.keys.get(key)!;
  const node = pair.value as Node | null;
  if (node === null || (isScalar(node) && node.value === null)) {
    const colon = model.text.indexOf(':', pair.key.range?.[1] ?? 0);
    if (colon === -1) return undefined;
    let end = colon + 1;
    while (model.text[end] === ' ' || model.text[end] === '\t') end++;
    return { range: model.positions.range(colon + 1, end), newText: ` ${value}` };
  }
  if (!node.range) return undefined;
  const [start, end] = node.range;
  if (isScalar(node) || (isSeq(node) && node.flow)) return { range: model.positions.range(start, end), newText: value };
  if (isSeq(node)) {
    const column = model.positions.position(start).character;
    const at = model.positions.position(start);
    return { range: { start: at, end: at }, newText: `- ${value}\n${' '.repeat(column)}` };
  }
  return undefined;
}

/** The edit that gives the script a greeting or closing saying `phrase`. */
export function sectionEdit(model: ScriptModel, key: 'greeting' | 'closing', phrase: string): TextEdit | undefined {
  const value = plainValue(phrase);
  return model.keys.has(key) ? fillKey(model, key, value) : addKey(model, key, value);
}
