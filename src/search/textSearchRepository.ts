/**
 * Search over what the documents say: statement texts, explanation texts and the verbatim quotes
 * of statements, explanations and financial facts. Every word of the text must occur (as a word or
 * the start of one, case-insensitive) in the hit's normalised text or in its quote. One query.
 *
 * A scan over statements, explanations and facts (a few hundred per document), not an index: the
 * full-text index covers entity names only, and the graph schema is not this domain's to change.
 */
import type { Database, NamedQuery } from '../db/database.js';
import { sourceProjection, type SourceRecord } from '../documents/documentRepository.js';
import { STATEMENT_PROJECTION, type StatementRecord } from '../companies/companyRepository.js';

export type TextHitKindValue = 'statement' | 'explanation' | 'fact';

export interface TextHitRecord {
  kind: TextHitKindValue;
  /** The statement's, explanation's or fact's key. */
  key: string;
  score: number;
  /** Whether every word occurs in the normalised text (`text`) or only with the quote (`quote`). */
  matchedIn: 'text' | 'quote';
  /** The normalised text of a statement or explanation; null for a fact (it has only its quote). */
  text: string | null;
  source: SourceRecord;
  statement: StatementRecord | null;
  /** The fact a hit is, or the fact an explanation explains. */
  factKey: string | null;
  companyKey: string | null;
}

// The one place this domain walks between an explanation or a quote and its fact: both hang off
// the fact's reports (docs/MODEL.md).
const EXPLAINED_FACT = (x: string) => `[(${x})-[:EXPLAINS]->(:FactReport)-[:REPORTS]->(xrf:FinancialFact) | xrf][0]`;
const FACT_SOURCES = (f: string) => `[(${f})<-[:REPORTS]-(:FactReport)-[:SOURCED_FROM]->(frs:Source) | frs]`;

/** Words as the search compares them: lower case, split at anything but letters and digits. Pure. */
export function searchWords(text: string): string[] {
  return [
    ...new Set(
      text
        .normalize('NFKC')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ].slice(0, 16);
}

// `t` and `q` are the normalised text and the quote with every run of non-word characters a space
// and a space in front, so " cancel" finds "cancellations" but not "uncancelled".
const MATCHES = `all(w IN $words WHERE t CONTAINS (' ' + w) OR q CONTAINS (' ' + w))`;
const SCORE = `toFloat(size([w IN $words WHERE t CONTAINS (' ' + w)]) + size([w IN $words WHERE q CONTAINS (' ' + w)])
      + CASE WHEN t CONTAINS $phrase OR q CONTAINS $phrase THEN size($words) ELSE 0 END)`;
const FOLD = (e: string) => `' ' + reduce(s = toLower(coalesce(${e}, '')), c IN $separators | replace(s, c, ' '))`;

const TEXT_SEARCH: NamedQuery = {
  name: 'search.text',
  cypher: `CALL () {
      MATCH (n:Statement) WHERE 'statement' IN $kinds
      MATCH (src:Source {id: n.sourceId})
      WITH n, src, [(n)-[:BY_COMPANY]->(c:Company) | c.id][0] AS companyKey
      WHERE $company IS NULL OR companyKey = $company
      WITH n, src, companyKey, ${FOLD('n.text')} AS t, ${FOLD('src.quote')} AS q
      WHERE ${MATCHES}
      RETURN 'statement' AS kind, n.id AS key, n.text AS text, src, ${STATEMENT_PROJECTION} AS statement,
        null AS factKey, companyKey, t, q, ${SCORE} AS score
    UNION ALL
      MATCH (x:Explanation) WHERE 'explanation' IN $kinds
      MATCH (src:Source {id: x.sourceId})
      WITH x, src, ${EXPLAINED_FACT('x')} AS f
      WITH x, src, f, [(f)-[:OF_COMPANY]->(c:Company) | c.id][0] AS companyKey
      WHERE $company IS NULL OR companyKey = $company
      WITH x, src, f, companyKey, ${FOLD('x.text')} AS t, ${FOLD('src.quote')} AS q
      WHERE ${MATCHES}
      RETURN 'explanation' AS kind, x.id AS key, x.text AS text, src, null AS statement,
        f.id AS factKey, companyKey, t, q, ${SCORE} AS score
    UNION ALL
      MATCH (f:FinancialFact) WHERE 'fact' IN $kinds
      WITH f, [(f)-[:OF_COMPANY]->(c:Company) | c.id][0] AS companyKey
      WHERE $company IS NULL OR companyKey = $company
      UNWIND ${FACT_SOURCES('f')} AS src
      WITH DISTINCT f, src, companyKey, '' AS t, ${FOLD('src.quote')} AS q
      WHERE ${MATCHES}
      RETURN 'fact' AS kind, f.id AS key, null AS text, src, null AS statement,
        f.id AS factKey, companyKey, t, q, ${SCORE} AS score
    }
    WITH kind, key, text, src, statement, factKey, companyKey, score,
      CASE WHEN all(w IN $words WHERE t CONTAINS (' ' + w)) THEN 'text' ELSE 'quote' END AS matchedIn
    ORDER BY score DESC, kind, key
    LIMIT toInteger($limit)
    RETURN kind, key, text, ${sourceProjection('src')} AS source, statement, factKey, companyKey, score, matchedIn`,
};

// Characters folded to spaces before comparing: punctuation and the typographic quotes and dashes
// the OCR text holds. A constant list (Cypher has no regex replace).
const SEPARATORS = [...'.,;:!?()[]{}"\'’‘“”`/\\|-–—_+*&%$#@~^<>=\n\r\t'];

export interface TextSearchFilter {
  readonly kinds: readonly TextHitKindValue[];
  readonly companyKey: string | null;
  readonly limit: number;
}

export async function searchText(db: Database, text: string, filter: TextSearchFilter): Promise<TextHitRecord[]> {
  const words = searchWords(text);
  if (words.length === 0 || filter.kinds.length === 0) return [];
  const rows = await db.read(TEXT_SEARCH, {
    words,
    phrase: ` ${words.join(' ')}`,
    separators: SEPARATORS,
    kinds: [...filter.kinds],
    company: filter.companyKey,
    limit: filter.limit,
  });
  return rows.map((r) => ({
    kind: r.kind as TextHitKindValue,
    key: String(r.key),
    score: Number(r.score),
    matchedIn: r.matchedIn as 'text' | 'quote',
    text: (r.text as string | null) ?? null,
    source: r.source as SourceRecord,
    statement: (r.statement as StatementRecord | null) ?? null,
    factKey: (r.factKey as string | null) ?? null,
    companyKey: (r.companyKey as string | null) ?? null,
  }));
}
