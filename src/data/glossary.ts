/**
 * The editors' glossary of the translation's terms: words of the English translation of record that a
 * reader cannot decode from the text alone, some of them literal renderings of Chinese industry terms.
 * The definitions are the editors', not the article's, and the page labels them so.
 */
export interface GlossaryEntry {
  term: string;
  /** The Chinese word the translation renders, where it is a literal rendering. */
  native?: string;
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Token',
    definition:
      'The unit in which a large model reads and writes text; the translation writes it with a capital T, this page’s own text does not. “Token call volume” counts the tokens used by customers’ calls to a provider’s models; the article calls it the most popular indicator.',
  },
  {
    term: 'MaaS',
    definition: 'Model as a service: large models offered as a cloud service.',
  },
  {
    term: 'API call',
    definition:
      'A program’s request to a model that runs on the provider’s cloud, paid for by usage; the article calls it the lightest way for enterprises to use AI.',
  },
  {
    term: 'Caliber',
    native: '口径',
    definition:
      'The basis on which a statistic is counted: what it includes and what it leaves out. When the article calls API calls “the main caliber for current Token statistics”, it means those statistics mostly count API calls.',
  },
  {
    term: 'Domain',
    native: '域',
    definition:
      'Here, the enterprise’s own systems and premises: “data staying within the domain” means the data does not leave them.',
  },
  {
    term: 'Track',
    native: '赛道',
    definition:
      'A market, or a segment of one (literally, a race track): “the cloud computing track” is the cloud computing market.',
  },
];
