import type { PathSegment } from './astPath';

/** What belongs at a place of the script format. */
export type Place =
  | { kind: 'topKey' }
  | { kind: 'turnKey'; section: 'steps' | 'scenarios'; scenario?: string }
  | { kind: 'variantKey'; section: 'greeting' | 'closing'; alsoSpeech: boolean }
  | { kind: 'scenarioName' }
  | { kind: 'speech'; section: 'greeting' | 'closing' | 'steps' | 'scenarios'; scenario?: string }
  | { kind: 'next'; section: 'steps' | 'scenarios'; scenario?: string }
  | { kind: 'channel' }
  /** A key of a scenario written as `{when, turns}`. */
  | { kind: 'scenarioKey' }
  /** A key of one of a turn's `branches`. */
  | { kind: 'branchKey' }
  /** The value of a turn's `end:`. */
  | { kind: 'end' }
  | { kind: 'none' };

/**
 * Maps a path (keys and item indexes from the root) to what the format expects there.
 * `slot` says whether the path ends at a mapping whose key is typed, or at a value;
 * `itemStart` that the text follows a `- ` marker directly.
 */
export function placeOf(path: readonly PathSegment[], slot: 'key' | 'value', itemStart: boolean): Place {
  const [top, second, third, fourth] = path;
  const isItem = (segment: PathSegment | undefined) => typeof segment === 'number';
  if (path.length === 0) return { kind: 'topKey' };
  switch (top) {
    case 'greeting':
    case 'closing':
      if (path.length === 1) return { kind: 'speech', section: top };
      if (path.length === 2 && isItem(second)) {
        return { kind: 'variantKey', section: top, alsoSpeech: slot === 'value' || itemStart };
      }
      if (path.length === 3 && isItem(second) && third === 'agent') return { kind: 'speech', section: top };
      return { kind: 'none' };
    case 'steps':
      if (isItem(second)) return inTurn(path.slice(2), 'steps', undefined);
      return { kind: 'none' };
    case 'scenarios': {
      if (path.length === 1) return slot === 'key' || !itemStart ? { kind: 'scenarioName' } : { kind: 'none' };
      const scenario = String(second);
      if (path.length === 2 && slot === 'key' && !itemStart) return { kind: 'scenarioKey' };
      if (isItem(third)) return inTurn(path.slice(3), 'scenarios', scenario);
      if (third === 'turns' && isItem(fourth)) return inTurn(path.slice(4), 'scenarios', scenario);
      return { kind: 'none' };
    }
    case 'channel':
      return path.length === 1 && slot === 'value' ? { kind: 'channel' } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** A place inside a turn, by the path from the turn: its keys, its values, its branches. */
function inTurn(rest: readonly PathSegment[], section: 'steps' | 'scenarios', scenario: string | undefined): Place {
  const where = scenario !== undefined ? { section, scenario } : { section };
  const [key, item, branchKey] = rest;
  if (rest.length === 0) return { kind: 'turnKey', ...where };
  if (rest.length === 1) {
    if (key === 'agent') return { kind: 'speech', ...where };
    if (key === 'next' || key === 'otherwise') return { kind: 'next', ...where };
    if (key === 'end') return { kind: 'end' };
    return { kind: 'none' };
  }
  if (key !== 'branches' || typeof item !== 'number') return { kind: 'none' };
  if (rest.length === 2) return { kind: 'branchKey' };
  if (rest.length === 3 && branchKey === 'next') return { kind: 'next', ...where };
  return { kind: 'none' };
}
