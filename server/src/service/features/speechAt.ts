import type { ScriptModel, Speech } from '../parse/scriptModel';

/** The speech (agent, customer, note or condition string) whose source contains `offset`. */
export function speechAt(model: ScriptModel, offset: number): Speech | undefined {
  return model.speech.find((s) => {
    const range = s.node.range;
    return !!range && range[0] <= offset && offset <= range[1];
  });
}
