import type { ScriptModel } from '../parse/scriptModel';
import type { CompiledPhrasebook } from '../phrasebook/compiled';
import type { Language } from '../l10n';
import type { CheckSettings } from '../settings';

/** What every editor feature gets: the parsed script, the phrasebook and the settings. */
export interface FeatureContext {
  model: ScriptModel;
  phrasebook: CompiledPhrasebook;
  /** The settings, with messages picked in a language: the service converts them to Traditional. */
  settings: CheckSettings & { locale: Language };
  /** Base of the rule documentation links; each rule's id is appended as the fragment. */
  docsUrl: string;
}
