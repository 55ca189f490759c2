import type { Message } from '../l10n';
import type { RuleId } from '../rules/types';
import type { RuleLevel } from '../settings';
import type { SpeakingSettings } from '../flow/speakingSettings';

/** A span of a configuration (or phrasebook) file, by source offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A mistake in a configuration or a phrasebook file it names. */
export interface ConfigProblem {
  /** The file the mistake is in (the config itself or a phrasebook it names). */
  file: string;
  span: Span;
  message: Message;
  args?: Record<string, string>;
  /** A mistake that leaves the rest of the configuration in force (the entry is skipped or kept as written). */
  warning?: boolean;
}

export type RuleLevels = Partial<Record<RuleId, RuleLevel>>;

export interface ForbiddenAddition {
  phrase: string;
  category: string;
  suggest: string[];
  /** Why the team rules it out; the hover shows it instead of the category's. */
  why?: Message;
  span: Span;
  /** Where `category` and each of `suggest` are written, for the problems that name them. */
  categorySpan?: Span;
  suggestSpans?: Span[];
}

export interface ApprovedAddition {
  phrase: string;
  category: string;
  when?: string;
  situation?: string;
  span: Span;
  categorySpan?: Span;
}

/** `.huashu.yaml`, validated: a team's phrasebook and rule settings. */
export interface HuashuConfig {
  /** Absolute path of the file, and its folder (globs and paths are relative to it). */
  file: string;
  dir: string;
  extends: 'builtin' | 'none';
  phrasebooks: Array<{ path: string; span: Span }>;
  forbiddenAdd: ForbiddenAddition[];
  forbiddenRemove: Array<{ value: string; span: Span }>;
  approvedAdd: ApprovedAddition[];
  rules: RuleLevels;
  placeholdersKnown: string[];
  aliases: Array<{ alias: string; target: string; span: Span }>;
  overrides: Array<{ files: string[]; rules: RuleLevels; span: Span }>;
  /** Reading speed and the time budget of an agent turn. */
  speaking?: SpeakingSettings;
}
