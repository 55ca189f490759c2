import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Message } from '../l10n';
import { phrasebookMessages as M } from './messages';
import { MAX_NESTING, nestingDepth } from '../parse/nesting';
import { patternCoreLength } from '../matcher/phrasePattern';
import { compileRule, minimumLength, type ClauseMode, type HonestContext } from '../matcher/phraseRule';
import { isPatternError } from '../matcher/patternSyntax';
import type { ApprovedPhrase, Category, ForbiddenPhrase, Phrasebook, PhrasebookError, Placeholder } from './types';

/** One phrasebook file's name (for messages) and text. */
export interface PhrasebookSource {
  file: string;
  text: string;
}

export interface LoadResult {
  phrasebook: Phrasebook;
  errors: PhrasebookError[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const PLACEHOLDER_NAME = /^[A-Za-z0-9_]+$/;
const PLACEHOLDER_USE = /\{([^{}\s]*)\}/g;
export const REQUIRED_PLACEHOLDERS = ['agent_id', 'brand', 'customer'];

export function emptyPhrasebook(): Phrasebook {
  return {
    approved: [],
    forbidden: [],
    approvedById: new Map(),
    approvedCategories: new Map(),
    forbiddenCategories: new Map(),
    placeholders: new Map(),
    classes: new Map(),
    placeholderAliases: new Map(),
  };
}

/** A copy of a phrasebook that can be added to without changing the original. */
export function clonePhrasebook(book: Phrasebook): Phrasebook {
  return {
    approved: [...book.approved],
    forbidden: [...book.forbidden],
    approvedById: new Map(book.approvedById),
    approvedCategories: new Map(book.approvedCategories),
    forbiddenCategories: new Map(book.forbiddenCategories),
    placeholders: new Map(book.placeholders),
    classes: new Map(book.classes),
    placeholderAliases: new Map(book.placeholderAliases),
  };
}

class FileReader {
  readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    private readonly errors: PhrasebookError[],
  ) {}

  error(node: Node | null | undefined, message: Message, args?: Record<string, string>): void {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    this.errors.push({ file: this.file, line, column: col, message, ...(args ? { args } : {}) });
  }

  lineOf(node: Node | null | undefined): number {
    return this.lines.linePos(node?.range?.[0] ?? 0).line;
  }

  /** Reads `key` of `map` as a string; reports and returns undefined otherwise. */
  string(map: YAMLMap, key: string, required: boolean): string | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      if (required) this.error(map, M.missingKey, { key });
      return undefined;
    }
    if (!isScalar(node) || typeof node.value === 'object') {
      this.error(node, M.expectedString, { key });
      return undefined;
    }
    return String(node.value);
  }

  /** Reads optional `key` of `map` as true or false; reports and returns undefined otherwise. */
  boolean(map: YAMLMap, key: string): boolean | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) return undefined;
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.error(node, M.expectedBoolean, { key });
      return undefined;
    }
    return node.value;
  }

  message(map: YAMLMap, key: string, required: boolean): Message | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) {
      if (required) this.error(map, M.missingKey, { key });
      return undefined;
    }
    if (!isMap(node)) {
      this.error(node, M.expectedMapping, { key });
      return undefined;
    }
    this.onlyKeys(node, ['zh', 'en']);
    const zh = this.string(node, 'zh', true);
    const en = this.string(node, 'en', true);
    return zh !== undefined && en !== undefined ? { zh, en } : undefined;
  }

  onlyKeys(map: YAMLMap, allowed: string[]): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) this.error(pair.key as Node, M.unknownKey, { key });
    }
  }
}

interface Pending {
  reader: FileReader;
  node: YAMLMap;
  version: 1 | 2;
}

/**
 * Loads and validates phrasebook files into one phrasebook. Later files add to earlier ones.
 * Every mistake is reported with its file and line; valid entries are kept.
 */
export function loadPhrasebook(sources: PhrasebookSource[], base: Phrasebook = emptyPhrasebook()): LoadResult {
  const errors: PhrasebookError[] = [];
  const book = clonePhrasebook(base);
  const approvedEntries: Pending[] = [];
  const forbiddenEntries: Pending[] = [];
  const forbiddenIds = new Map(book.forbidden.map((f) => [f.id, f.origin.line]));

  for (const source of sources) {
    const reader = new FileReader(source.file, errors);
    const depth = nestingDepth(source.text);
    if (depth > MAX_NESTING) {
      errors.push({
        file: source.file,
        line: 1,
        column: 1,
        message: M.tooDeep,
        args: { depth: String(depth), limit: String(MAX_NESTING) },
      });
      continue;
    }
    const doc = parseDocument(source.text, { lineCounter: reader.lines, uniqueKeys: true });
    for (const e of doc.errors) {
      const { line, col } = reader.lines.linePos(e.pos[0]);
      errors.push({
        file: source.file,
        line,
        column: col,
        message: M.yaml,
        args: { detail: e.message.split('\n')[0]! },
      });
    }
    if (doc.errors.length > 0) continue;
    const root = doc.contents;
    if (root === null) continue;
    if (!isMap(root)) {
      reader.error(root, M.notMapping);
      continue;
    }
    reader.onlyKeys(root, ['version', 'placeholders', 'categories', 'classes', 'phrases']);
    const versionNode = root.get('version', true) as Node | undefined;
    const version: 1 | 2 = isScalar(versionNode) && versionNode.value === 2 ? 2 : 1;
    if (versionNode !== undefined && !(isScalar(versionNode) && (versionNode.value === 1 || versionNode.value === 2))) {
      reader.error(versionNode, M.badVersion, { value: isScalar(versionNode) ? String(versionNode.value) : '?' });
    }
    readClasses(reader, root.get('classes', true) as Node | undefined, book.classes, version);
    const phrases = root.get('phrases', true) as Node | undefined;
    const entries: YAMLMap[] = [];
    if (phrases !== undefined) {
      if (!isSeq(phrases)) reader.error(phrases, M.expectedList, { key: 'phrases' });
      else {
        for (const item of phrases.items as Node[]) {
          if (isMap(item)) entries.push(item);
          else reader.error(item, M.expectedMapping, { key: 'phrases' });
        }
      }
    }
    const forbiddenFile = entries.some((e) => e.has('phrase'));
    readPlaceholders(reader, root.get('placeholders', true) as Node | undefined, book.placeholders);
    readCategories(
      reader,
      root.get('categories', true) as Node | undefined,
      forbiddenFile ? book.forbiddenCategories : book.approvedCategories,
      forbiddenFile,
    );
    for (const node of entries) (forbiddenFile ? forbiddenEntries : approvedEntries).push({ reader, node, version });
  }

  for (const { reader, node } of approvedEntries) {
    reader.onlyKeys(node, ['id', 'text', 'category', 'situation', 'when', 'source', 'offer']);
    const id = reader.string(node, 'id', true);
    const text = reader.string(node, 'text', true);
    const category = reader.string(node, 'category', true);
    if (id === undefined || text === undefined || category === undefined) continue;
    if (!ID.test(id)) reader.error(node.get('id', true) as Node, M.badId, { id });
    const previous = book.approvedById.get(id);
    if (previous) {
      reader.error(node.get('id', true) as Node, M.duplicateId, { id, line: String(previous.origin.line) });
      continue;
    }
    if (!book.approvedCategories.has(category))
      reader.error(node.get('category', true) as Node, M.unknownCategory, { category });
    checkPlaceholders(reader, node.get('text', true) as Node, text, book);
    const situation = reader.string(node, 'situation', false);
    const when = reader.string(node, 'when', false);
    const source = reader.string(node, 'source', false);
    const offer = reader.boolean(node, 'offer');
    const phrase: ApprovedPhrase = {
      id,
      text,
      category,
      ...(situation !== undefined ? { situation } : {}),
      ...(when !== undefined ? { when } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(offer !== undefined ? { offer } : {}),
      origin: { file: reader.file, line: reader.lineOf(node) },
    };
    book.approved.push(phrase);
    book.approvedById.set(id, phrase);
  }

  for (const { reader, node, version } of forbiddenEntries) {
    reader.onlyKeys(
      node,
      version === 2
        ? ['id', 'phrase', 'category', 'suggest', 'source', 'clause', 'honest']
        : ['id', 'phrase', 'category', 'suggest', 'source'],
    );
    const id = reader.string(node, 'id', true);
    const text = reader.string(node, 'phrase', true);
    const category = reader.string(node, 'category', true);
    if (id === undefined || text === undefined || category === undefined) continue;
    if (!ID.test(id)) reader.error(node.get('id', true) as Node, M.badId, { id });
    const previousLine = forbiddenIds.get(id);
    if (previousLine !== undefined) {
      reader.error(node.get('id', true) as Node, M.duplicateId, { id, line: String(previousLine) });
      continue;
    }
    if (!book.forbiddenCategories.has(category))
      reader.error(node.get('category', true) as Node, M.unknownCategory, { category });
    const clause = readClause(reader, node);
    const honest = readHonest(reader, node);
    const phraseNode = node.get('phrase', true) as Node;
    try {
      const spec = { phrase: text, version, ...(clause ? { clause } : {}), ...(honest ? { honest } : {}) };
      compileRule(spec, book.classes);
      const shortest = version === 2 ? minimumLength(spec, book.classes) : patternCoreLength(text);
      if (shortest < 2) reader.error(phraseNode, M.tooShort, { phrase: text });
    } catch (e) {
      if (!isPatternError(e)) throw e;
      reader.error(phraseNode, e.message, e.args);
    }
    const suggestNode = node.get('suggest', true) as Node | undefined;
    const suggest: string[] = [];
    if (suggestNode !== undefined && !isSeq(suggestNode)) reader.error(suggestNode, M.expectedList, { key: 'suggest' });
    else if (suggestNode !== undefined) {
      for (const item of suggestNode.items as Node[]) {
        if (!isScalar(item) || typeof item.value !== 'string') {
          reader.error(item, M.expectedString, { key: 'suggest' });
        } else if (!book.approvedById.has(item.value)) {
          reader.error(item, M.unknownSuggestion, { id: item.value });
        } else {
          suggest.push(item.value);
        }
      }
    }
    if (suggest.length === 0 && (suggestNode === undefined || (isSeq(suggestNode) && suggestNode.items.length === 0))) {
      reader.error(suggestNode ?? node, M.noSuggestion);
    }
    const source = reader.string(node, 'source', false);
    const entry: ForbiddenPhrase = {
      id,
      phrase: text,
      category,
      suggest,
      ...(version === 2 ? { syntax: 2 as const } : {}),
      ...(clause ? { clause } : {}),
      ...(honest ? { honest } : {}),
      ...(source !== undefined ? { source } : {}),
      origin: { file: reader.file, line: reader.lineOf(node) },
    };
    book.forbidden.push(entry);
    forbiddenIds.set(id, entry.origin.line);
  }
  return { phrasebook: book, errors };
}

function readPlaceholders(reader: FileReader, node: Node | undefined, into: Map<string, Placeholder>): void {
  if (node === undefined) return;
  if (!isMap(node)) {
    reader.error(node, M.expectedMapping, { key: 'placeholders' });
    return;
  }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!PLACEHOLDER_NAME.test(name)) {
      reader.error(pair.key as Node, M.badPlaceholderName, { name });
      continue;
    }
    if (!isMap(pair.value)) {
      reader.error((pair.value as Node) ?? (pair.key as Node), M.expectedMapping, { key: name });
      continue;
    }
    reader.onlyKeys(pair.value, ['zh', 'en']);
    const zh = reader.string(pair.value, 'zh', true);
    const en = reader.string(pair.value, 'en', true);
    if (zh !== undefined && en !== undefined) into.set(name, { name, description: { zh, en } });
  }
}

function readCategories(
  reader: FileReader,
  node: Node | undefined,
  into: Map<string, Category>,
  forbidden: boolean,
): void {
  if (node === undefined) return;
  if (!isMap(node)) {
    reader.error(node, M.expectedMapping, { key: 'categories' });
    return;
  }
  for (const pair of node.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!ID.test(id)) reader.error(pair.key as Node, M.badId, { id });
    if (!isMap(pair.value)) {
      reader.error((pair.value as Node) ?? (pair.key as Node), M.expectedMapping, { key: id });
      continue;
    }
    reader.onlyKeys(pair.value, forbidden ? ['zh', 'en', 'why'] : ['zh', 'en']);
    const zh = reader.string(pair.value, 'zh', true);
    const en = reader.string(pair.value, 'en', true);
    const why = forbidden ? reader.message(pair.value, 'why', true) : undefined;
    if (zh !== undefined && en !== undefined) into.set(id, { id, name: { zh, en }, ...(why ? { why } : {}) });
  }
}

function checkPlaceholders(reader: FileReader, node: Node, text: string, book: Phrasebook): void {
  for (const m of text.matchAll(PLACEHOLDER_USE)) {
    const name = m[1]!;
    if (!book.placeholders.has(name)) reader.error(node, M.unknownPlaceholder, { name });
  }
}

const CLASS_NAME = /^[^<>|()[\]\s]+$/;

function readClasses(reader: FileReader, node: Node | undefined, into: Map<string, string[]>, version: 1 | 2): void {
  if (node === undefined) return;
  if (version !== 2) {
    reader.error(node, M.onlyV2, { key: 'classes' });
    return;
  }
  if (!isMap(node)) {
    reader.error(node, M.expectedMapping, { key: 'classes' });
    return;
  }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!CLASS_NAME.test(name)) {
      reader.error(pair.key as Node, M.badClassName, { name });
      continue;
    }
    const value = pair.value as Node | null;
    if (!isSeq(value) || value.items.length === 0) {
      reader.error(value ?? (pair.key as Node), M.expectedList, { key: name });
      continue;
    }
    const words: string[] = [];
    for (const item of value.items as Node[]) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number'))
        words.push(String(item.value));
      else reader.error(item, M.expectedString, { key: name });
    }
    into.set(name, [...(into.get(name) ?? []), ...words]);
  }
}

function readClause(reader: FileReader, node: YAMLMap): ClauseMode | undefined {
  const value = reader.string(node, 'clause', false);
  if (value === undefined) return undefined;
  if (value === 'whole' || value === 'any') return value;
  reader.error(node.get('clause', true) as Node, M.badClause, { value });
  return undefined;
}

function readHonest(reader: FileReader, node: YAMLMap): HonestContext[] | undefined {
  const list = node.get('honest', true) as Node | undefined;
  if (list === undefined) return undefined;
  if (!isSeq(list)) {
    reader.error(list, M.expectedList, { key: 'honest' });
    return undefined;
  }
  const out: HonestContext[] = [];
  for (const item of list.items as Node[]) {
    if (!isMap(item)) {
      reader.error(item, M.expectedMapping, { key: 'honest' });
      continue;
    }
    reader.onlyKeys(item, ['before', 'after', 'quoted']);
    const before = reader.string(item, 'before', false);
    const after = reader.string(item, 'after', false);
    const quotedNode = item.get('quoted', true) as Node | undefined;
    if (quotedNode !== undefined && !(isScalar(quotedNode) && typeof quotedNode.value === 'boolean')) {
      reader.error(quotedNode, M.expectedBoolean, { key: 'quoted' });
      continue;
    }
    const quoted = isScalar(quotedNode) && quotedNode.value === true;
    if (before === undefined && after === undefined && !quoted) {
      reader.error(item, M.emptyHonest);
      continue;
    }
    out.push({
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(quoted ? { quoted } : {}),
    });
  }
  return out;
}
