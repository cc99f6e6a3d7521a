/** Business lines and services — the company's offerings — and the links between them. */
import { batchQuery, byKeyQuery, itemsByKeys, listsByKeys, relationQuery } from '../db/batch.js';
import type { Database, NamedQuery, RowReader } from '../db/database.js';
import type { CompanyRelationRecord } from '../companies/companyRepository.js';
import type { Page, PageRequest } from '../db/page.js';

export interface BusinessLineRecord {
  nodeType: 'BusinessLine';
  key: string;
  name: string;
  aliases: string[];
  description: string | null;
  companyKey: string;
  parentKey: string | null;
}

export interface ServiceRecord {
  nodeType: 'Service';
  key: string;
  name: string;
  aliases: string[];
  description: string | null;
  launched: string | null;
  bandwidthMin: number | null;
  bandwidthMax: number | null;
  bandwidthUnit: string | null;
  companyKey: string;
  businessLineKey: string | null;
  builtOnKey: string | null;
}

export type OfferingRecord = BusinessLineRecord | ServiceRecord;

export const isBusinessLine = (o: OfferingRecord | null): o is BusinessLineRecord => o?.nodeType === 'BusinessLine';
export const isService = (o: OfferingRecord | null): o is ServiceRecord => o?.nodeType === 'Service';

/** Projection of an offering node `n` (either label); fields of the other kind come back null. */
export const OFFERING_PROJECTION = `n {
  nodeType: CASE WHEN n:Service THEN 'Service' ELSE 'BusinessLine' END,
  key: n.id, .name, aliases: coalesce(n.aliases, []), .description,
  .launched, .bandwidthMin, .bandwidthMax, .bandwidthUnit,
  companyKey: [(n)-[:LINE_OF|OFFERED_BY]->(co) | co.id][0],
  parentKey: [(n)-[:PART_OF]->(p) | p.id][0],
  businessLineKey: [(n)-[:IN_LINE]->(l) | l.id][0],
  builtOnKey: [(n)-[:BUILT_ON]->(b) | b.id][0]
}`;

export const OFFERINGS_BY_KEYS = byKeyQuery('offerings.byKeys', 'MATCH (n:Offering {id: key})', OFFERING_PROJECTION);

const LINES_BY_COMPANY = relationQuery(
  'offerings.linesByCompany',
  'MATCH (:Company {id: key})<-[:LINE_OF]-(n:BusinessLine)',
  OFFERING_PROJECTION,
  'n.name, n.id',
);
const SERVICES_BY_COMPANY = relationQuery(
  'offerings.servicesByCompany',
  'MATCH (:Company {id: key})<-[:OFFERED_BY]-(n:Service)',
  OFFERING_PROJECTION,
  'n.name, n.id',
);
const CHILDREN_BY_LINE = relationQuery(
  'offerings.childrenByLine',
  'MATCH (:BusinessLine {id: key})<-[:PART_OF]-(n:BusinessLine)',
  OFFERING_PROJECTION,
  'n.name, n.id',
);
const SERVICES_BY_LINE = relationQuery(
  'offerings.servicesByLine',
  'MATCH (:BusinessLine {id: key})<-[:IN_LINE]-(n:Service)',
  OFFERING_PROJECTION,
  'n.name, n.id',
);
const BUILT_UPON_BY_SERVICE = relationQuery(
  'offerings.builtUpon',
  'MATCH (:Service {id: key})<-[:BUILT_ON]-(n:Service)',
  OFFERING_PROJECTION,
  'n.name, n.id',
);

export const SUBSCRIBERS_BY_OFFERING = batchQuery<CompanyRelationRecord[]>(
  'offerings.subscribers',
  'list',
  `MATCH (:Offering {id: key})<-[r:SUBSCRIBES_TO]-(other:Company)
    WITH key, r, other ORDER BY other.name, r.documentId`,
  `collect({ companyKey: other.id, kind: type(r), since: r.since, description: r.description,
      sourceId: r.sourceId })`,
);

const SERVICE_FILTER = `($company IS NULL OR EXISTS { (n)-[:OFFERED_BY]->(:Company {id: $company}) })
    AND ($line IS NULL OR EXISTS { (n)-[:IN_LINE]->(:BusinessLine)-[:PART_OF*0..3]->(:BusinessLine {id: $line}) })
    AND ($name IS NULL OR toLower(n.name) CONTAINS $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $name))`;

const LIST_SERVICES: NamedQuery = {
  name: 'offerings.listServices',
  cypher: `CALL () { MATCH (n:Service) WHERE ${SERVICE_FILTER} RETURN count(n) AS totalCount }
    CALL () {
      MATCH (n:Service) WHERE ${SERVICE_FILTER}
      WITH n, toLower(n.name) AS sortKey
      WHERE $afterKey IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND n.id > $afterKey)
      ORDER BY sortKey, n.id
      LIMIT toInteger($limit)
      RETURN collect(${OFFERING_PROJECTION}) AS items
    }
    RETURN totalCount, items`,
};

export async function offeringsByKeys(db: Database, keys: readonly string[]): Promise<(OfferingRecord | null)[]> {
  return itemsByKeys<OfferingRecord>(db, OFFERINGS_BY_KEYS, keys);
}

export const OFFERING_LISTS = {
  linesByCompany: LINES_BY_COMPANY,
  servicesByCompany: SERVICES_BY_COMPANY,
  childrenByLine: CHILDREN_BY_LINE,
  servicesByLine: SERVICES_BY_LINE,
  builtUponByService: BUILT_UPON_BY_SERVICE,
} as const;
export type OfferingListKind = keyof typeof OFFERING_LISTS;

export async function offeringListsByKeys(
  db: Database,
  kind: OfferingListKind,
  keys: readonly string[],
): Promise<OfferingRecord[][]> {
  return listsByKeys<OfferingRecord>(db, OFFERING_LISTS[kind], keys);
}

export async function subscribersByOfferingKeys(
  db: Database,
  keys: readonly string[],
): Promise<CompanyRelationRecord[][]> {
  return listsByKeys<CompanyRelationRecord>(db, SUBSCRIBERS_BY_OFFERING, keys);
}

export interface ServiceFilterValues {
  readonly companyKey: string | null;
  readonly businessLine: string | null;
  readonly name: string | null;
}

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function listServices(
  db: Database,
  filter: ServiceFilterValues,
  page: PageRequest,
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<Page<ServiceRecord>> {
  const [row] = await read(LIST_SERVICES, {
    company: filter.companyKey,
    line: filter.businessLine,
    name: filter.name ? filter.name.toLowerCase() : null,
    afterSort: page.after?.[0] ?? null,
    afterKey: page.after?.[1] ?? null,
    limit: page.first + 1,
  });
  const items = (row?.items as ServiceRecord[] | undefined) ?? [];
  return {
    items: items.slice(0, page.first),
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: items.length > page.first,
  };
}
