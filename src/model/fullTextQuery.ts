/** Queries for the full-text index (FULLTEXT_INDEX in ./entities.ts) built from user text. */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a Lucene query that cannot fail to parse: special characters are escaped,
 * words are lower-cased, and each word must match, whole or as a prefix. Empty when the text has no searchable word.
 */
export function toLuceneQuery(text: string): string {
  // Lower case: the analyzer lower-cases anyway, and AND/OR/NOT/TO would otherwise be operators.
  const words = text
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`))
    .filter((word) => word.replace(/\\/g, '').length > 0)
    .slice(0, 16);
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}
