import { wholeScalar } from '../edit/valueWriter';

/** Text written as a whole plain value in block context: quoted when plain would not parse back to it. */
export function plainValue(text: string): string {
  return wholeScalar(text, false);
}
