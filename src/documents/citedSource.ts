/**
 * Relationships and list items (a customer relation, a ranking entry, a win…) cite their Source by
 * id; the source is loaded only when a query asks for it, batched, or with the subtree
 * (src/lookahead/) — most queries of rankings and relations never read it.
 */
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import { SOURCES_BY_IDS } from './documentRepository.js';

/** The `source` field of any record citing a Source by `sourceId`. */
export const citedSourceOf = <P extends { sourceId: string }>(options: { lookAhead?: boolean } = {}) =>
  fieldsOf<P>().reference({
    query: SOURCES_BY_IDS,
    key: 'sourceId',
    loader: (l) => l.sourceById,
    missing: missing((_record, id) => `source ${id}`),
    ...options,
  });
