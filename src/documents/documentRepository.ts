/** Documents, their sections, and the Source quotes facts cite. */
import type { Database, NamedQuery } from '../db/database.js';

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
}

export interface SourceRecord {
  documentKey: string;
  section: SectionRecord;
  quote: string;
  note: string | null;
}

/**
 * Cypher map projection of a `src` Source node with its section: the one shape every repository
 * embeds, so a fact and its source come back in the same query.
 */
export const SOURCE_PROJECTION = `src {
  .quote, .note, documentKey: src.documentId,
  section: [(src)-[:IN_SECTION]->(sec) | sec { key: sec.key, .title, .number, .position, .note }][0]
}`;

const DOCUMENTS_BY_KEYS: NamedQuery = {
  name: 'documents.byKeys',
  cypher: `UNWIND $keys AS key
    MATCH (d:Document {id: key})
    RETURN d { nodeType: 'Document', key: d.id, .title, .kind, .language, .copyright, issuerKey: d.issuer } AS document`,
};

const SECTIONS_BY_DOCUMENT_KEYS: NamedQuery = {
  name: 'documents.sectionsByDocumentKeys',
  cypher: `UNWIND $keys AS key
    MATCH (s:Section {documentId: key})
    WITH key, s ORDER BY s.position
    RETURN key, collect(s { key: s.key, .title, .number, .position, .note }) AS sections`,
};

const SOURCES_BY_ENTITY_KEYS: NamedQuery = {
  name: 'documents.sourcesByEntityKeys',
  cypher: `UNWIND $keys AS key
    MATCH (e:Entity {id: key})-[:SOURCED_FROM]->(src:Source)
    WITH key, src ORDER BY src.documentId, src.id
    RETURN key, collect(DISTINCT ${SOURCE_PROJECTION}) AS sources`,
};

export async function documentsByKeys(db: Database, keys: readonly string[]): Promise<(DocumentRecord | null)[]> {
  const rows = await db.read(DOCUMENTS_BY_KEYS, { keys });
  const byKey = new Map(rows.map((r) => [(r.document as DocumentRecord).key, r.document as DocumentRecord]));
  return keys.map((k) => byKey.get(k) ?? null);
}

export async function sectionsByDocumentKeys(db: Database, keys: readonly string[]): Promise<SectionRecord[][]> {
  const rows = await db.read(SECTIONS_BY_DOCUMENT_KEYS, { keys });
  const byKey = new Map(rows.map((r) => [r.key as string, r.sections as SectionRecord[]]));
  return keys.map((k) => byKey.get(k) ?? []);
}

export async function sourcesByEntityKeys(db: Database, keys: readonly string[]): Promise<SourceRecord[][]> {
  const rows = await db.read(SOURCES_BY_ENTITY_KEYS, { keys });
  const byKey = new Map(rows.map((r) => [r.key as string, r.sources as SourceRecord[]]));
  return keys.map((k) => byKey.get(k) ?? []);
}
