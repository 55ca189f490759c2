import type { ScriptModel } from '../parse/scriptModel';
import type { CompiledPhrasebook } from '../phrasebook/compiled';
import type { CheckSettings } from '../settings';

/** What every editor feature gets: the parsed script, the phrasebook and the settings. */
export interface FeatureContext {
  model: ScriptModel;
  phrasebook: CompiledPhrasebook;
  settings: CheckSettings;
  /** Base of the rule documentation links; each rule's id is appended as the fragment. */
  docsUrl: string;
}
