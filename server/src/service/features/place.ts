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
      if (path.length === 2 && isItem(second)) return { kind: 'turnKey', section: 'steps' };
      if (path.length === 3 && isItem(second)) return turnValue('steps', undefined, third);
      return { kind: 'none' };
    case 'scenarios': {
      if (path.length === 1) return slot === 'key' || !itemStart ? { kind: 'scenarioName' } : { kind: 'none' };
      const scenario = String(second);
      if (path.length === 3 && isItem(third)) return { kind: 'turnKey', section: 'scenarios', scenario };
      if (path.length === 4 && isItem(third)) return turnValue('scenarios', scenario, fourth);
      return { kind: 'none' };
    }
    case 'channel':
      return path.length === 1 && slot === 'value' ? { kind: 'channel' } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

function turnValue(section: 'steps' | 'scenarios', scenario: string | undefined, key: PathSegment | undefined): Place {
  const where = scenario !== undefined ? { section, scenario } : { section };
  if (key === 'agent') return { kind: 'speech', ...where };
  if (key === 'next') return { kind: 'next', ...where };
  return { kind: 'none' };
}
