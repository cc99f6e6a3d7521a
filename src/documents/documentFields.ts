/**
 * The fields every domain's records share with documents, declared once here: `source` (the
 * quote a relationship or list item cites by `sourceId`, loaded only when a query asks for it —
 * most queries of rankings and relations never read it) and `provenance` (which source states
 * which of an entity's fields). Batched, or looked ahead with the subtree (src/lookahead/).
 */
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import { PROVENANCE_BY_ENTITY_KEYS, SOURCES_BY_IDS } from './documentRepository.js';

/** The `source` field of any record citing a Source by `sourceId`. */
export const citedSourceOf = <P extends { sourceId: string }>(options: { lookAhead?: boolean } = {}) =>
  fieldsOf<P>().reference({
    query: SOURCES_BY_IDS,
    key: 'sourceId',
    loader: (l) => l.sourceById,
    missing: missing((_record, id) => `source ${id}`),
    ...options,
  });

/** The `provenance` field of any entity (by its `key`). */
export const provenanceOf = <P extends { key: string }>() =>
  fieldsOf<P>().relation({ query: PROVENANCE_BY_ENTITY_KEYS, key: 'key', loader: (l) => l.provenanceByEntity });
