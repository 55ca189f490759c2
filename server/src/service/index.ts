import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  CodeLens,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { codeActions } from './features/codeActions';
import { completeList } from './features/completion';
import { withEdits } from './features/itemDefaults';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { definition, references } from './features/navigation';
import { symbols } from './features/symbols';
import { speakingHints } from './features/speakingHints';
import { speakingLenses } from './features/speakingLenses';
import { flowFor, timingsFor } from './flow/flowFor';
import type { FlowGraph, FlowTiming } from './flow/types';
import type { FeatureContext } from './features/context';
import {
  chineseOutput,
  checkResultIn,
  codeActionsIn,
  completionListIn,
  diagnosticsIn,
  hoverIn,
  type ChineseOutput,
} from './features/chineseOutput';
import { check, validate, type CheckResult } from './features/diagnostics';
import { channelOf, parseScript, type ScriptModel } from './parse/scriptModel';
import { builtinPhrasebook } from './phrasebook/builtin';
import type { CompiledPhrasebook } from './phrasebook/compiled';
import { DEFAULT_SETTINGS, settingsForChannel, type CheckSettings } from './settings';
import { TAIWAN_FORMS } from './features/chineseForms';

export { localize, toLocale, languageOf, type Language, type Locale, type Message } from './l10n';
export { toTraditional } from './features/traditional';
export { settingsFrom, withRules, DEFAULT_SETTINGS, type CheckSettings, type RuleLevel } from './settings';
export { RULES, RULE_IDS } from './rules';
export { type RuleId, type Severity, type FixData } from './rules/types';
export { parseScript, ParseCache, type ScriptModel } from './parse/scriptModel';
export { builtinPhrasebook } from './phrasebook/builtin';
export { compilePhrasebook, type CompiledPhrasebook } from './phrasebook/compiled';
export { loadPhrasebook, type PhrasebookSource } from './phrasebook/load';
export * from './config';
export { SEVERITY_NAME, type CheckResult } from './features/diagnostics';
export type { Waiver } from './waivers/parseWaivers';
export type { WaivedDiagnostic } from './waivers/applyWaivers';
export { FIX_ALL_KIND } from './features/codeActions';
export type * from './flow/types';
export { buildFlow } from './flow/buildFlow';
export { type SpeakingSettings } from './flow/speakingSettings';
export { formatSeconds, speakingLabel } from './flow/speakingTime';

/** Which files are call scripts. */
export function isScriptFile(path: string): boolean {
  return /\.script\.ya?ml$/i.test(path);
}

export interface ServiceOptions {
  /** The phrasebook to check against; the built-in one by default. */
  phrasebook?: CompiledPhrasebook;
  /** Base of the rule documentation links; each rule's id is appended as the fragment. */
  docsUrl?: string;
}

/** The Huashu language service: pure functions from text and settings to results. */
export interface ScriptService {
  /** Parses a script. The model can be passed to the other methods to avoid parsing twice. */
  parse(text: string): ScriptModel;
  /** Checks a script and returns its diagnostics, ordered by position (waived ones left out). */
  validate(text: string | ScriptModel, settings?: CheckSettings): Diagnostic[];
  /** Checks a script and also returns what waiver comments silenced, and the waivers. */
  check(text: string | ScriptModel, settings?: CheckSettings): CheckResult;
  /**
   * Completion at `position`: phrasebook phrases for the context (greeting, closing, a turn,
   * a scenario), placeholders after `{`, format keys where a key belongs, turn ids after `next:`.
   */
  complete(text: string | ScriptModel, position: Position, settings?: CheckSettings): CompletionItem[];
  /**
   * The same completion as one list, as LSP 3.17 writes it: most items replace the list's
   * `itemDefaults.editRange` with their `textEditText` (or label), and the items are shared,
   * made once while the writer types on at the same kind of place. They must not be changed.
   */
  completeList(text: string | ScriptModel, position: Position, settings?: CheckSettings): CompletionList;
  /** Hover at `position`: a forbidden phrase, a placeholder or a key of the format. */
  hover(text: string | ScriptModel, position: Position, settings?: CheckSettings): Hover | null;
  /**
   * Quick fixes for `diagnostics` (which carry everything needed in `code` and `data`),
   * plus "fix all" actions of a kind, as edits to the document at `uri`. The source action
   * that fixes everything (`source.fixAll.huashu`) comes only when `only` asks for it.
   */
  codeActions(
    text: string | ScriptModel,
    uri: string,
    range: Range,
    diagnostics: Diagnostic[],
    settings?: CheckSettings,
    only?: string[],
  ): CodeAction[];
  /** The outline: greeting, steps by id, scenarios, closing. */
  symbols(text: string | ScriptModel, settings?: CheckSettings): DocumentSymbol[];
  /** Folding ranges of the script's sections and turns. */
  foldingRanges(text: string | ScriptModel): FoldingRange[];
  /** The turn that a `next:` at `position` names, if any. */
  definition(text: string | ScriptModel, position: Position): Range | null;
  /** The `next:` values naming the turn id at `position` (and the id itself if asked). */
  references(text: string | ScriptModel, position: Position, includeDeclaration: boolean): Range[];
  /** The call as a graph: turns, greeting, closing and endings, with the edges between them and the entries. */
  flow(text: string | ScriptModel, settings?: CheckSettings): FlowGraph;
  /** Shortest and longest read-aloud time from each entry to an ending, in seconds with pauses. */
  timings(text: string | ScriptModel, settings?: CheckSettings): FlowTiming[];
  /** The read-aloud time of each piece of agent speech, where its text ends (inside `range` when given). */
  inlayHints(text: string | ScriptModel, range?: Range, settings?: CheckSettings): InlayHint[];
  /** The shortest and longest time per entry, on `script:`. */
  codeLenses(text: string | ScriptModel, settings?: CheckSettings): CodeLens[];
}

export function createScriptService(options: ServiceOptions = {}): ScriptService {
  const phrasebook = options.phrasebook ?? builtinPhrasebook();
  const docsUrl = options.docsUrl ?? 'https://huashu.invalid/docs/rules.md';

  const model = (input: string | ScriptModel) => (typeof input === 'string' ? parseScript(input) : input);
  const context = (parsed: ScriptModel, settings: CheckSettings, out: ChineseOutput): FeatureContext => ({
    model: parsed,
    phrasebook,
    settings: { ...settingsForChannel(settings, channelOf(parsed)), locale: out.language },
    docsUrl,
  });
  /**
   * Runs a feature and writes its Chinese as the script and the locale ask: the one place
   * where Traditional in, Traditional out is decided (see ./features/chineseOutput.ts).
   */
  const run = <T>(
    input: string | ScriptModel,
    settings: CheckSettings,
    feature: (c: FeatureContext) => T,
    write: (out: ChineseOutput, result: T) => T,
  ): T => {
    const parsed = model(input);
    const out = chineseOutput(parsed, settings);
    return write(out, feature(context(parsed, settings, out)));
  };
  const plain = (input: string | ScriptModel): FeatureContext =>
    context(model(input), DEFAULT_SETTINGS, {
      language: 'en',
      message: (t) => t,
      traditionalMessages: false,
      insertsTraditional: false,
      identity: true,
      forms: TAIWAN_FORMS,
    });

  return {
    parse: parseScript,
    complete: (input, position, settings = DEFAULT_SETTINGS) =>
      withEdits(run(input, settings, (c) => completeList(c, position), completionListIn)),
    completeList: (input, position, settings = DEFAULT_SETTINGS) =>
      run(input, settings, (c) => completeList(c, position), completionListIn),
    hover: (input, position, settings = DEFAULT_SETTINGS) => run(input, settings, (c) => hover(c, position), hoverIn),
    codeActions: (input, uri, range, diagnostics, settings = DEFAULT_SETTINGS, only) =>
      run(input, settings, (c) => codeActions(c, uri, range, diagnostics, only), codeActionsIn),
    symbols: (input, settings = DEFAULT_SETTINGS) => run(input, settings, symbols, (_, result) => result),
    foldingRanges: (input) => foldingRanges(plain(input)),
    definition: (input, position) => definition(plain(input), position),
    references: (input, position, includeDeclaration) => references(plain(input), position, includeDeclaration),
    flow: (input, settings = DEFAULT_SETTINGS) => flowFor(model(input), settings),
    timings: (input, settings = DEFAULT_SETTINGS) => timingsFor(model(input), settings),
    inlayHints: (input, range, settings = DEFAULT_SETTINGS) =>
      run(
        input,
        settings,
        (c) => speakingHints(c, range),
        (_, result) => result,
      ),
    codeLenses: (input, settings = DEFAULT_SETTINGS) => run(input, settings, speakingLenses, (_, result) => result),
    validate: (input, settings = DEFAULT_SETTINGS) => run(input, settings, validate, diagnosticsIn),
    check: (input, settings = DEFAULT_SETTINGS) => run(input, settings, check, checkResultIn),
  };
}
export * from './baseline';
