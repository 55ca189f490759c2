export {
  baselineEntries,
  baselineMessages,
  matchBaseline,
  parseBaseline,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
  type BaselineFinding,
  type BaselineMatch,
} from './baseline';
export { findingTexts, normaliseFindingText } from './findingText';
export { baselineFindings, splitByBaseline, type BaselineSplit } from './splitFindings';
