/** Documents, their sections, and the Source quotes facts cite (provenance). */
import { batchQuery, byKeyQuery, itemsByKeys, listsByKeys, relationQuery } from '../db/batch.js';
import type { Database, NamedQuery } from '../db/database.js';
import type { Page, PageRequest } from '../db/page.js';

export interface SectionRecord {
  key: string;
  title: string;
  number: number | null;
  position: number;
  note: string | null;
}

export interface DocumentRecord {
  nodeType: 'Document';
  key: string;
  title: string;
  kind: string;
  language: string;
  copyright: string | null;
  issuerKey: string | null;
  reportsOnKey: string | null;
  /** As the fact file gives it: YYYY, YYYY-MM or YYYY-MM-DD (facts@2); null if unknown. */
  published: string | null;
  publishedPrecision: 'day' | 'month' | 'year' | null;
  publishedSourceId: string | null;
  publishedNote: string | null;
  knownFrom: string | null;
  orderedBy: string;
}

export interface SourceRecord {
  documentKey: string;
  section: SectionRecord;
  quote: string;
  note: string | null;
}

export interface PropertySourceRecord {
  fields: string[];
  source: SourceRecord;
}

/**
 * Cypher map projection of a `src` Source node with its section: the one shape every repository
 * embeds, so a fact and its source come back in the same query. The document is the section's:
 * curated sources are owned by `curation` but quote a real document.
 */
export const sourceProjection = (v: string): string => `${v} {
  .quote, .note,
  documentKey: [(${v})-[:IN_SECTION]->(${v}_sec) | ${v}_sec.documentId][0],
  section: [(${v})-[:IN_SECTION]->(${v}_sec) | ${v}_sec { key: ${v}_sec.key, .title, .number, .position, .note }][0]
}`;

/** Projection of a Source bound to `src`. */
export const SOURCE_PROJECTION = sourceProjection('src');

/**
 * The Source whose id is the value of `idExpression` (relationships cite sources by id). Its
 * variable is private to the subquery, which would otherwise capture a caller's `src`.
 */
export const SOURCE_BY_ID = (idExpression: string): string =>
  `COLLECT { MATCH (by_id_src:Source {id: ${idExpression}}) RETURN ${sourceProjection('by_id_src')} }[0]`;

/** Sources by id: relationships and list items cite a source by id, loaded only when asked for. */
export const SOURCES_BY_IDS = byKeyQuery<SourceRecord>(
  'documents.sourcesByIds',
  'MATCH (src:Source {id: key})',
  SOURCE_PROJECTION,
);

const documentProjection = (v: string) =>
  `${v} { nodeType: 'Document', key: ${v}.id, .title, .kind, .language, .copyright, issuerKey: ${v}.issuer,
    reportsOnKey: ${v}.reportsOn, .published, .publishedPrecision, .publishedSourceId, .publishedNote, .knownFrom,
    orderedBy: coalesce(${v}.orderedBy, CASE WHEN ${v}.reportsOn IS NULL THEN 'unknown' ELSE 'period-end' END) }`;
const DOCUMENT_PROJECTION = documentProjection('d');

const DOCUMENTS_BY_KEYS = byKeyQuery('documents.byKeys', 'MATCH (d:Document {id: key})', DOCUMENT_PROJECTION);

export const DOCUMENTS_BY_ISSUER = relationQuery(
  'documents.byIssuerKeys',
  'MATCH (n:Document) WHERE n.issuer = key',
  documentProjection('n'),
  'n.id',
);

const SECTIONS_BY_DOCUMENT_KEYS = relationQuery(
  'documents.sectionsByDocumentKeys',
  'MATCH (n:Section {documentId: key})',
  'n { key: n.key, .title, .number, .position, .note }',
  'n.position',
);

export const PROVENANCE_BY_ENTITY_KEYS = batchQuery<PropertySourceRecord[]>(
  'documents.provenanceByEntityKeys',
  'list',
  `MATCH (e:Entity {id: key})-[r:SOURCED_FROM]->(src:Source)
    WITH key, r, src ORDER BY r.documentId, head(r.fields), src.id`,
  `collect({ fields: r.fields, source: ${SOURCE_PROJECTION} })`,
);

const LIST_DOCUMENTS: NamedQuery = {
  name: 'documents.list',
  cypher: `CALL () { MATCH (d:Document) RETURN count(d) AS totalCount }
    CALL () {
      MATCH (d:Document)
      WHERE $afterKey IS NULL OR d.id > $afterKey
      WITH d ORDER BY d.id LIMIT toInteger($limit)
      RETURN collect(${DOCUMENT_PROJECTION}) AS items
    }
    RETURN totalCount, items`,
};

export async function documentsByKeys(db: Database, keys: readonly string[]): Promise<(DocumentRecord | null)[]> {
  return itemsByKeys<DocumentRecord>(db, DOCUMENTS_BY_KEYS, keys);
}

export async function documentsByIssuerKeys(db: Database, keys: readonly string[]): Promise<DocumentRecord[][]> {
  return listsByKeys<DocumentRecord>(db, DOCUMENTS_BY_ISSUER, keys);
}

export async function sectionsByDocumentKeys(db: Database, keys: readonly string[]): Promise<SectionRecord[][]> {
  return listsByKeys<SectionRecord>(db, SECTIONS_BY_DOCUMENT_KEYS, keys);
}

export async function provenanceByEntityKeys(db: Database, keys: readonly string[]): Promise<PropertySourceRecord[][]> {
  return listsByKeys<PropertySourceRecord>(db, PROVENANCE_BY_ENTITY_KEYS, keys);
}

export async function listDocuments(db: Database, page: PageRequest): Promise<Page<DocumentRecord>> {
  const [row] = await db.read(LIST_DOCUMENTS, { afterKey: page.after?.[1] ?? null, limit: page.first + 1 });
  const items = (row?.items as DocumentRecord[] | undefined) ?? [];
  return {
    items: items.slice(0, page.first),
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: items.length > page.first,
  };
}

export function sourcesByIds(db: Database, keys: readonly string[]): Promise<(SourceRecord | null)[]> {
  return itemsByKeys<SourceRecord>(db, SOURCES_BY_IDS, keys);
}
