import placeholders from '../../../data/phrasebook/placeholders.yaml';
import approved from '../../../data/phrasebook/approved.yaml';
import constructions from '../../../data/phrasebook/forbidden-constructions.yaml';
import forbidden from '../../../data/phrasebook/forbidden.yaml';
import { compilePhrasebook, type CompiledPhrasebook } from './compiled';
import { localize } from '../l10n';
import { loadPhrasebook } from './load';

/** Loads and compiles the data files shipped with Huashu; throws if they have a mistake. */
export function compileBuiltin(): CompiledPhrasebook {
  const { phrasebook, errors } = loadPhrasebook([
    { file: 'server/data/phrasebook/placeholders.yaml', text: placeholders },
    { file: 'server/data/phrasebook/approved.yaml', text: approved },
    // constructions before the seeds' phrases: where both match the very same words, the
    // later file's finding (the seed's, with its own suggestion) is the one reported
    { file: 'server/data/phrasebook/forbidden-constructions.yaml', text: constructions },
    { file: 'server/data/phrasebook/forbidden.yaml', text: forbidden },
  ]);
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.file}:${e.line}:${e.column}: ${localize(e.message, 'en', e.args)}`);
    throw new Error(`The built-in phrasebook is invalid:\n${lines.join('\n')}`);
  }
  return compilePhrasebook(phrasebook);
}
