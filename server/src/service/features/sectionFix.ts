import { CST, Parser } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ScriptModel } from '../parse/scriptModel';
import { provesSection, writtenValues } from './sectionProof';

type SectionKey = 'greeting' | 'closing';

/** Keys after which a new greeting goes, so it reads in the order of the README's example. */
const BEFORE_GREETING = ['script', 'brand', 'channel'];

/** Where the section goes and how the written value becomes the inserted text. */
interface Plan {
  start: number;
  end: number;
  text: (value: string) => string;
  /** The value sits in a flow collection, where `, [ ] { }` end a plain scalar. */
  flow: boolean;
  /** The value becomes the first item of the section's list. */
  asItem: boolean;
}

const NULL_TAGS = new Set(['!!null', '!<tag:yaml.org,2002:null>']);
const PLAIN_NULL = /^(?:~|null|Null|NULL)?$/;

const sourceEnd = (t: CST.SourceToken | CST.FlowScalar) => t.offset + t.source.length;

function keyName(item: CST.CollectionItem): string | undefined {
  return item.key && CST.isScalar(item.key) ? CST.resolveAsScalar(item.key)?.value : undefined;
}

/** The end of an item's own text (its value, else its key and `:`), before trailing spaces and comments. */
function contentEnd(item: CST.CollectionItem): number {
  const value = item.value;
  if (
    value &&
    (value.type === 'scalar' ||
      value.type === 'single-quoted-scalar' ||
      value.type === 'double-quoted-scalar' ||
      value.type === 'alias')
  ) {
    return sourceEnd(value);
  }
  if (value?.type === 'flow-collection')
    return value.end[0]?.type.endsWith('-end') ? sourceEnd(value.end[0]) : value.offset + CST.stringify(value).length;
  if (value) return value.offset + CST.stringify(value).length;
  const last = [...(item.sep ?? [])]
    .reverse()
    .find((t) => t.type !== 'space' && t.type !== 'newline' && t.type !== 'comment');
  return last ? sourceEnd(last) : item.key ? item.key.offset + CST.stringify(item.key).length : 0;
}

/** The first line break of the document, for the lines Huashu adds. */
export function lineBreak(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n';
}

/** A whole line `line` at the start of the line that follows `end` (at the end of the text if none). */
function lineAfter(
  model: ScriptModel,
  end: number,
  line: (value: string) => string,
  eol: string,
): Pick<Plan, 'start' | 'end' | 'text'> {
  const { positions } = model;
  const here = positions.position(end);
  const at = here.character === 0 ? end : positions.offset({ line: here.line + 1, character: 0 });
  const lead = positions.position(at).character === 0 ? '' : eol;
  return { start: at, end: at, text: (v) => `${lead}${line(v)}${eol}` };
}

/** Adds the key to a block mapping: a greeting after script/brand/channel (else first), a closing last. */
function addToBlockMap(model: ScriptModel, map: CST.BlockMap, key: SectionKey, eol: string): Plan {
  const indent = ' '.repeat(map.indent);
  const plan = { flow: false, asItem: false };
  const items = (map.items as CST.CollectionItem[]).filter((item) => item.key || item.value);
  const anchors = key === 'closing' ? items : items.filter((item) => BEFORE_GREETING.includes(keyName(item) ?? ''));
  const last = anchors[anchors.length - 1];
  if (last)
    return {
      ...plan,
      ...lineAfter(
        model,
        last.value ? last.value.offset + CST.stringify(last.value).length : contentEnd(last),
        (v) => `${indent}${key}: ${v}`,
        eol,
      ),
    };
  const keyStart = items[0]?.key?.offset ?? map.offset;
  const lineStart = model.positions.offset({ line: model.positions.position(keyStart).line, character: 0 });
  if (/^[ \t]*$/.test(model.text.slice(lineStart, keyStart))) {
    return { ...plan, start: lineStart, end: lineStart, text: (v) => `${indent}${key}: ${v}${eol}` };
  }
  return { ...plan, start: keyStart, end: keyStart, text: (v) => `${key}: ${v}${eol}${indent}` };
}

/** Adds the key to a flow mapping `{…}`, in the same order as in a block mapping. */
function addToFlowMap(map: CST.FlowCollection, key: SectionKey): Plan {
  const plan = { flow: true, asItem: false };
  const items = map.items.filter((item) => item.key || item.value);
  const anchors = key === 'closing' ? items : items.filter((item) => BEFORE_GREETING.includes(keyName(item) ?? ''));
  const last = anchors[anchors.length - 1];
  if (last) {
    const at = contentEnd(last);
    return { ...plan, start: at, end: at, text: (v) => `, ${key}: ${v}` };
  }
  const first = items[0];
  if (first?.key) return { ...plan, start: first.key.offset, end: first.key.offset, text: (v) => `${key}: ${v}, ` };
  const at = sourceEnd(map.start);
  return { ...plan, start: at, end: at, text: (v) => `${key}: ${v}` };
}

/** Writes the value into a pair whose value is empty: null, blank, an empty block or an empty list. */
function fillItem(item: CST.CollectionItem, flow: boolean, eol: string): Plan | undefined {
  const sep = item.sep ?? [];
  const nullTag = sep.find((t) => t.type === 'tag' && NULL_TAGS.has(t.source));
  const value = item.value;
  const replace = (start: number, end: number): Plan => ({ start, end, text: (v) => v, flow, asItem: false });
  if (!value || (value.type === 'scalar' && value.source === '')) {
    if (nullTag) return replace(nullTag.offset, sourceEnd(nullTag));
    const after = [...sep].reverse().find((t) => t.type === 'map-value-ind' || t.type === 'anchor' || t.type === 'tag');
    if (!after) return undefined;
    const at = sourceEnd(after);
    return { start: at, end: at, text: (v) => ` ${v}`, flow, asItem: false };
  }
  switch (value.type) {
    case 'scalar':
      return nullTag || PLAIN_NULL.test(value.source)
        ? replace(nullTag?.offset ?? value.offset, sourceEnd(value))
        : undefined;
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      return nullTag || CST.resolveAsScalar(value)?.value.trim() === ''
        ? replace(nullTag?.offset ?? value.offset, sourceEnd(value))
        : undefined;
    case 'block-scalar': {
      const header = value.props.find((t): t is CST.SourceToken => t.type === 'block-scalar-header');
      if (!header || (!nullTag && value.source.trim() !== '')) return undefined;
      return replace(nullTag?.offset ?? header.offset, sourceEnd(header));
    }
    case 'block-seq':
      return {
        start: value.offset,
        end: value.offset,
        text: (v) => `- ${v}${eol}${' '.repeat(value.indent)}`,
        flow: false,
        asItem: true,
      };
    case 'flow-collection': {
      if (value.start.source !== '[') return undefined;
      const at = sourceEnd(value.start);
      const more = value.items.length > 0;
      return { start: at, end: at, text: (v) => (more ? `${v}, ` : v), flow: true, asItem: true };
    }
    default:
      return undefined;
  }
}

/** Where a missing or empty section goes, from the document's syntax tree. */
function plan(model: ScriptModel, key: SectionKey): Plan | undefined {
  const eol = lineBreak(model.text);
  const tokens = [...new Parser().parse(model.text)];
  const doc = tokens.find((t): t is CST.Document => t.type === 'document');
  const root = doc?.value;
  if (root?.type === 'block-map' || root?.type === 'flow-collection') {
    const items = root.items as CST.CollectionItem[];
    const flow = root.type === 'flow-collection';
    if (flow && root.start.source !== '{') return undefined;
    const existing = items.find((item) => keyName(item) === key);
    if (existing) return fillItem(existing, flow, eol);
    return flow ? addToFlowMap(root, key) : addToBlockMap(model, root, key, eol);
  }
  if (root && !(root.type === 'scalar' && root.source === '')) return undefined;
  const end = tokens.find((t) => t.type === 'doc-end')?.offset ?? model.text.length;
  return { ...lineAfter(model, end, (v) => `${key}: ${v}`, eol), flow: false, asItem: false };
}

/**
 * The edit that gives the script a greeting or closing saying `phrase`: a new key where the
 * document's structure puts it (keeping its indentation, line breaks, comments, anchors, end
 * marker and byte order mark), or the value written into an empty one. The value is written
 * in the simplest style that reads back as the phrase; the edited document is re-parsed, and
 * an edit that does not prove itself is not offered.
 */
export function sectionEdit(model: ScriptModel, key: SectionKey, phrase: string): TextEdit | undefined {
  let byModel = edits.get(model);
  if (!byModel) edits.set(model, (byModel = new Map()));
  const id = `${key}\0${phrase}`;
  if (!byModel.has(id)) byModel.set(id, provenEdit(model, key, phrase));
  return byModel.get(id);
}

/** Proven edits per model: the quick fix and fix-all of one request ask for the same one. */
const edits = new WeakMap<ScriptModel, Map<string, TextEdit | undefined>>();

function provenEdit(model: ScriptModel, key: SectionKey, phrase: string): TextEdit | undefined {
  const where = plan(model, key);
  if (!where) return undefined;
  for (const value of writtenValues(phrase, where.flow)) {
    const newText = where.text(value);
    const edited = model.text.slice(0, where.start) + newText + model.text.slice(where.end);
    if (provesSection(model, edited, key, phrase, where.asItem))
      return { range: model.positions.range(where.start, where.end), newText };
  }
  return undefined;
}
