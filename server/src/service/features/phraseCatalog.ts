import type { CompiledPhrasebook } from '../phrasebook/compiled';
import type { ApprovedPhrase } from '../phrasebook/types';
import { OPENCC_FORMS } from './chineseForms';
import { toTraditional } from './traditional';

/** An approved phrase with what completion needs derived from it once. */
export interface CatalogPhrase {
  phrase: ApprovedPhrase;
  /** Position of its category among the phrasebook's categories. */
  categoryIndex: number;
  /** Position of the phrase in the phrasebook. */
  index: number;
  /**
   * The text in Traditional, in OpenCC's standard forms (爲, 裏): completion gives it the script's
   * forms. Converted on first use: a Simplified script never needs it, and converting loads the
   * character table (about 60 ms, which the first completion paid).
   */
  readonly traditional: string;
  /** It says `{agent_id}` (or an alias), as the agent-id-placeholder rule asks. */
  saysAgentId: boolean;
}

/** The approved phrases completion offers (not those marked `offer: false`), by category as the phrasebook lists them. */
export interface PhraseCatalog {
  phrases: CatalogPhrase[];
  /** The situations that phrases answer, in the phrasebook's order. */
  situations: string[];
}

class Entry implements CatalogPhrase {
  private converted: string | undefined;

  constructor(
    readonly phrase: ApprovedPhrase,
    readonly index: number,
    readonly categoryIndex: number,
    readonly saysAgentId: boolean,
  ) {}

  get traditional(): string {
    return (this.converted ??= toTraditional(this.phrase.text, OPENCC_FORMS));
  }
}

const catalogs = new WeakMap<CompiledPhrasebook, PhraseCatalog>();

export function phraseCatalog(phrasebook: CompiledPhrasebook): PhraseCatalog {
  const cached = catalogs.get(phrasebook);
  if (cached) return cached;
  const categories = [...phrasebook.book.approvedCategories.keys()];
  const idSpellings = [
    'agent_id',
    ...[...phrasebook.book.placeholderAliases].flatMap(([alias, target]) => (target === 'agent_id' ? [alias] : [])),
  ].map((name) => `{${name}}`);
  const phrases = phrasebook.book.approved
    .map((phrase, index) => ({ phrase, index }))
    .filter(({ phrase }) => phrase.offer !== false)
    .map(({ phrase, index }) => {
      const categoryIndex = categories.indexOf(phrase.category);
      return new Entry(
        phrase,
        index,
        categoryIndex === -1 ? categories.length : categoryIndex,
        idSpellings.some((spelling) => phrase.text.includes(spelling)),
      );
    })
    .sort((a, b) => a.categoryIndex - b.categoryIndex || a.index - b.index);
  const situations = [...new Set(phrasebook.book.approved.flatMap((p) => (p.situation ? [p.situation] : [])))];
  const catalog = { phrases, situations };
  catalogs.set(phrasebook, catalog);
  return catalog;
}
