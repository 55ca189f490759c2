import { isAbsolute, relative, resolve, sep } from 'node:path';
import { LineCounter } from 'yaml';
import { patternCoreLength } from '../matcher/phrasePattern';
import { builtinPhrasebook } from '../phrasebook/builtin';
import { compilePhrasebook, type CompiledPhrasebook } from '../phrasebook/compiled';
import { clonePhrasebook, emptyPhrasebook, loadPhrasebook, type PhrasebookSource } from '../phrasebook/load';
import type { ApprovedPhrase, Category } from '../phrasebook/types';
import type { CheckSettings } from '../settings';
import { removeForbidden } from './forbiddenRemove';
import { compileGlobs, GLOB_LIMITS } from './glob';
import { nearestName } from '../rules/unknownPlaceholder';
import { configMessages as M } from './messages';
import type { ConfigProblem, HuashuConfig, RuleLevels } from './types';

/** How the configuration reaches files: the shells give the service their file system. */
export interface ConfigIo {
  readFile(path: string): string | undefined;
  /** Files outside this folder are never read. */
  workspaceRoot?: string;
  /** A path with its symbolic links resolved, so that a link cannot lead out of `workspaceRoot`. */
  realPath?(path: string): string;
}

/** A configuration ready for checking: its phrasebook compiled, its globs compiled. */
export interface ResolvedConfig {
  config: HuashuConfig;
  phrasebook: CompiledPhrasebook;
  /** The phrasebook files read, so a change to one of them re-checks. */
  files: string[];
  overrideMatchers: Array<(relativePath: string) => boolean>;
  /** The rule levels of the overrides that match a path (relative to the config, with `/`), cached per path. */
  overrideRules: Map<string, RuleLevels>;
}

/** Paths whose override rules are kept; past this the cache starts over. */
const MAX_CACHED_PATHS = 20_000;

const TEAM_CATEGORY: Category = { id: 'team', name: { zh: '团队用语', en: 'Team phrases' } };
const TEAM_FORBIDDEN_WHY = {
  zh: '团队规定不得使用的说法。',
  en: 'Wording the team has ruled out.',
};

/** An approved phrase id as the phrasebook writes them (`greeting-daily`), not a sentence to suggest. */
const APPROVED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The category id for a name given in a config: an id, or a category's Chinese or English name. */
function categoryId(
  categories: Map<string, Category>,
  given: string,
  why?: typeof TEAM_FORBIDDEN_WHY,
  unknown?: (known: string) => void,
): string {
  if (categories.has(given)) return given;
  for (const c of categories.values()) if (c.name.zh === given || c.name.en === given) return c.id;
  unknown?.([...categories.values()].map((c) => c.name.zh).join('、'));
  const id = `team-${categories.size + 1}`;
  categories.set(id, { id, name: { zh: given, en: given }, ...(why ? { why } : {}) });
  return id;
}

/**
 * Builds the phrasebook a configuration describes. Mistakes (unreadable or invalid phrasebook
 * files, unknown names) come back as problems; the configuration is usable only without them.
 */
export function resolveConfig(
  config: HuashuConfig,
  io: ConfigIo,
): { resolved?: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const report = (
    span: { start: number; end: number },
    message: ConfigProblem['message'],
    args?: Record<string, string>,
  ) => problems.push({ file: config.file, span, message, ...(args ? { args } : {}) });
  /** A mistake that skips one entry or keeps it as written; the rest of the configuration stays in force. */
  const warn = (
    span: { start: number; end: number },
    message: ConfigProblem['message'],
    args?: Record<string, string>,
  ) => problems.push({ file: config.file, span, message, warning: true, ...(args ? { args } : {}) });

  const builtin = builtinPhrasebook().book;
  let book =
    config.extends === 'builtin'
      ? clonePhrasebook(builtin)
      : { ...emptyPhrasebook(), placeholders: new Map(builtin.placeholders) };

  const sources: PhrasebookSource[] = [];
  const files: string[] = [];
  for (const { path, span } of config.phrasebooks) {
    const abs = resolve(config.dir, path);
    if (io.workspaceRoot && !isInside(io.workspaceRoot, io.realPath?.(abs) ?? abs)) {
      report(span, M.outsideWorkspace, { path });
      continue;
    }
    files.push(abs);
    const text = io.readFile(abs);
    if (text === undefined) report(span, M.unreadable, { path });
    else sources.push({ file: abs, text });
  }
  if (sources.length > 0) {
    const loaded = loadPhrasebook(sources, book);
    for (const e of loaded.errors) {
      const text = sources.find((s) => s.file === e.file)?.text ?? '';
      const lines = new LineCounter();
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
      const lineStart = e.line === 1 ? 0 : (lines.lineStarts[e.line - 2] ?? text.length);
      const at = lineStart + e.column - 1;
      const lineEnd = text.indexOf('\n', at);
      problems.push({
        file: e.file,
        span: { start: at, end: lineEnd === -1 ? text.length : lineEnd },
        message: e.message,
        ...(e.args ? { args: e.args } : {}),
      });
    }
    book = loaded.phrasebook;
  }

  if (config.forbiddenRemove.length > 0) removeForbidden(book, config.forbiddenRemove, warn);

  let counter = 0;
  const addApproved = (text: string, category: string, extra: Partial<ApprovedPhrase> = {}) => {
    const id = `team-${++counter}`;
    const phrase: ApprovedPhrase = { id, text, category, origin: { file: config.file, line: 0 }, ...extra };
    book.approved.push(phrase);
    book.approvedById.set(id, phrase);
    return id;
  };
  for (const add of config.approvedAdd) {
    const unknown = (known: string) =>
      warn(add.categorySpan ?? add.span, M.unknownApprovedCategory, { category: add.category, known });
    addApproved(add.phrase, categoryId(book.approvedCategories, add.category, undefined, unknown), {
      ...(add.when !== undefined ? { when: add.when } : {}),
      ...(add.situation !== undefined ? { situation: add.situation } : {}),
      source: config.file,
    });
  }
  for (const add of config.forbiddenAdd) {
    if (patternCoreLength(add.phrase) < 2) {
      report(add.span, M.tooShort, { phrase: add.phrase });
      continue;
    }
    if (!book.approvedCategories.has(TEAM_CATEGORY.id)) book.approvedCategories.set(TEAM_CATEGORY.id, TEAM_CATEGORY);
    const ids = [...book.approvedById.keys()];
    const suggest = add.suggest.flatMap((s, i) => {
      if (book.approvedById.has(s)) return [s];
      if (APPROVED_ID.test(s)) {
        const near = nearestName(s, ids);
        const span = add.suggestSpans?.[i] ?? add.span;
        warn(span, near ? M.unknownSuggestId : M.unknownSuggestIdFar, { id: s, ...(near ? { near } : {}) });
        return [];
      }
      return [addApproved(s, TEAM_CATEGORY.id, { source: config.file })];
    });
    const unknown = (known: string) =>
      warn(add.categorySpan ?? add.span, M.unknownForbiddenCategory, { category: add.category, known });
    book.forbidden.push({
      id: `team-forbidden-${book.forbidden.length + 1}`,
      phrase: add.phrase,
      category: categoryId(book.forbiddenCategories, add.category, TEAM_FORBIDDEN_WHY, unknown),
      ...(add.why ? { why: add.why } : {}),
      suggest,
      source: config.file,
      origin: { file: config.file, line: 0 },
    });
  }

  for (const name of config.placeholdersKnown) {
    if (!book.placeholders.has(name)) {
      book.placeholders.set(name, {
        name,
        description: { zh: `团队占位符 {${name}}`, en: `Team placeholder {${name}}` },
      });
    }
  }
  for (const { alias, target, span } of config.aliases) {
    if (!book.placeholders.has(target)) report(span, M.unknownAliasTarget, { name: target });
    else book.placeholderAliases.set(alias, target);
  }

  const overrideMatchers: Array<(relativePath: string) => boolean> = [];
  for (const o of config.overrides) {
    const compiled = compileGlobs(o.files);
    if ('match' in compiled) {
      overrideMatchers.push(compiled.match);
    } else if (compiled.error === 'unsupported') {
      report(o.span, M.globUnsupported, { value: compiled.glob });
    } else {
      const limit = String(compiled.error === 'tooLong' ? GLOB_LIMITS.length : GLOB_LIMITS.alternatives);
      report(o.span, compiled.error === 'tooLong' ? M.globTooLong : M.globTooManyAlternatives, {
        value: o.files.join(', '),
        limit,
      });
    }
  }

  if (problems.some((p) => !p.warning)) return { problems };
  return {
    resolved: {
      config,
      phrasebook: compilePhrasebook(book),
      files,
      overrideMatchers,
      overrideRules: new Map(),
    },
    problems,
  };
}

/** The settings for the script at `path`: the shell's settings, then the config's rules, then matching overrides. */
export function settingsForFile(resolved: ResolvedConfig, path: string, base: CheckSettings): CheckSettings {
  const rel = relative(resolved.config.dir, path).split(sep).join('/');
  let overrides = resolved.overrideRules.get(rel);
  if (!overrides) {
    overrides = {};
    resolved.config.overrides.forEach((o, i) => {
      if (resolved.overrideMatchers[i]!(rel)) overrides = { ...overrides, ...o.rules };
    });
    if (resolved.overrideRules.size >= MAX_CACHED_PATHS) resolved.overrideRules.clear();
    resolved.overrideRules.set(rel, overrides);
  }
  const speaking = resolved.config.speaking;
  return {
    ...base,
    rules: { ...base.rules, ...resolved.config.rules, ...overrides },
    ...(speaking ? { speaking: { ...base.speaking, ...speaking } } : {}),
  };
}
