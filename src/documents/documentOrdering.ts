import type { DocumentOrdering } from '../generated/graphql.js';

const ORDERINGS: Record<string, DocumentOrdering> = {
  'publication-date': 'PUBLICATION_DATE',
  'period-end': 'PERIOD_END',
  unknown: 'UNKNOWN',
};

/** The stored ordering (src/seed/documentTime.ts) as the schema's enum. */
export const documentOrdering = (stored: string | null | undefined): DocumentOrdering =>
  ORDERINGS[stored ?? 'unknown'] ?? 'UNKNOWN';
