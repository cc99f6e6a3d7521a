/** Companies: lookup by key, name or alias; filtered pages; roles; relations; statements. */
import {
  batchQuery,
  byKeyQuery,
  itemsByKeys,
  listsByKeys,
  loadBatch,
  relationQuery,
  type BatchQuery,
} from '../db/batch.js';
import type { Database, NamedQuery, RowReader } from '../db/database.js';
import type { Page, PageRequest } from '../db/page.js';
import { FULLTEXT_INDEX } from '../model/entities.js';

export const COMPANY_ROLES = [
  'ISSUER',
  'COMPETITOR',
  'CUSTOMER',
  'SUPPLIER',
  'INVESTEE',
  'INVESTOR',
  'PUBLISHER',
] as const;
export type CompanyRoleValue = (typeof COMPANY_ROLES)[number];

export interface CompanyRecord {
  nodeType: 'Company';
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: string;
  country: string | null;
  fiscalYearEnd: string | null;
  fiscalYearNamedBy: string | null;
  /** Curated writes so far (0: never curated); see src/curation/. */
  version: number;
}

export interface CompanyRelationRecord {
  companyKey: string;
  kind: string;
  since: string | null;
  description: string | null;
  /** The Source cited (resolved by `source` when asked for). */
  sourceId: string;
}

export interface StatementRecord {
  key: string;
  kind: string;
  text: string;
  periodKey: string | null;
  companyKey: string;
  aboutKeys: string[];
  sourceId: string;
}

/** The roles of company `c`, derived from its relationships; one expression for the field and the filter. */
const ROLES = `[role IN [
    CASE WHEN EXISTS { MATCH (d:Document) WHERE d.issuer = c.id } THEN 'ISSUER' END,
    CASE WHEN EXISTS { (c)-[:COMPETES_WITH]-() } THEN 'COMPETITOR' END,
    CASE WHEN EXISTS { (c)-[:CUSTOMER_OF|SUBSCRIBES_TO|CANCELLED_CONTRACTS_WITH]->() } THEN 'CUSTOMER' END,
    CASE WHEN EXISTS { (c)<-[:CUSTOMER_OF|CANCELLED_CONTRACTS_WITH]-() } OR EXISTS { (c)<-[:OFFERED_BY|LINE_OF]-()<-[:SUBSCRIBES_TO]-() } THEN 'SUPPLIER' END,
    CASE WHEN EXISTS { (c)<-[:INVESTS_IN]-() } THEN 'INVESTEE' END,
    CASE WHEN EXISTS { (c)-[:INVESTS_IN]->() } THEN 'INVESTOR' END,
    CASE WHEN c.kind = 'publisher' OR EXISTS { (c)<-[:PUBLISHED_BY]-() } THEN 'PUBLISHER' END
  ] WHERE role IS NOT NULL]`;

export const COMPANY_PROJECTION = `c {
  nodeType: 'Company', key: c.id, .name, .shortName, aliases: coalesce(c.aliases, []), .kind, .country,
  .fiscalYearEnd, .fiscalYearNamedBy, version: coalesce(c.version, 0)
}`;

/** Roles cost several existence checks per company: loaded only when a query asks for them. */
export const ROLES_BY_KEYS = batchQuery<CompanyRoleValue[]>(
  'companies.rolesByKeys',
  'item',
  'MATCH (c:Company {id: key})',
  ROLES,
  [],
);

export function rolesByCompanyKeys(db: Database, keys: readonly string[]): Promise<CompanyRoleValue[][]> {
  return loadBatch(db, ROLES_BY_KEYS, keys);
}

export const COMPANIES_BY_KEYS = byKeyQuery('companies.byKeys', 'MATCH (c:Company {id: key})', COMPANY_PROJECTION);

const FILTER = `($name IS NULL OR toLower(c.name) CONTAINS $name OR toLower(coalesce(c.shortName, '')) CONTAINS $name
      OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) CONTAINS $name))
    AND ($country IS NULL OR c.country = $country)
    AND ($kind IS NULL OR c.kind = $kind)
    AND ($role IS NULL OR $role IN ${ROLES})`;

const LIST_COMPANIES: NamedQuery = {
  name: 'companies.list',
  cypher: `CALL () {
      MATCH (c:Company) WHERE ${FILTER}
      RETURN count(c) AS totalCount
    }
    CALL () {
      MATCH (c:Company) WHERE ${FILTER}
      WITH c, toLower(c.name) AS sortKey
      WHERE $afterKey IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND c.id > $afterKey)
      ORDER BY sortKey, c.id
      LIMIT toInteger($limit)
      RETURN collect(${COMPANY_PROJECTION}) AS items
    }
    RETURN totalCount, items`,
};

export interface CompanyFilterValues {
  readonly name?: string | null;
  readonly role?: CompanyRoleValue | null;
  readonly country?: string | null;
  readonly kind?: string | null;
}

const COMPANY_NAMES: NamedQuery = {
  name: 'companies.names',
  cypher: `MATCH (c:Company) WITH c ORDER BY c.id LIMIT toInteger($limit) RETURN ${COMPANY_PROJECTION} AS company`,
};

/** Every company's names and fiscal calendar, at most `limit` (what `kg extract --graph` matches text against). */
export async function companyNames(db: Database, limit: number): Promise<CompanyRecord[]> {
  const rows = await db.read(COMPANY_NAMES, { limit });
  return rows.map((r) => r.company as CompanyRecord);
}

export async function companiesByKeys(db: Database, keys: readonly string[]): Promise<(CompanyRecord | null)[]> {
  return itemsByKeys<CompanyRecord>(db, COMPANIES_BY_KEYS, keys);
}

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function listCompanies(
  db: Database,
  filter: CompanyFilterValues,
  page: PageRequest,
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<Page<CompanyRecord>> {
  const [row] = await read(LIST_COMPANIES, {
    name: filter.name ? filter.name.toLowerCase() : null,
    role: filter.role ?? null,
    country: filter.country ?? null,
    kind: filter.kind ?? null,
    afterSort: page.after?.[0] ?? null,
    afterKey: page.after?.[1] ?? null,
    limit: page.first + 1,
  });
  const items = (row?.items as CompanyRecord[] | undefined) ?? [];
  return {
    items: items.slice(0, page.first),
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: items.length > page.first,
  };
}

export const companySortKey = (c: CompanyRecord): readonly [string, string] => [c.name.toLowerCase(), c.key];

const RELATION_PROJECTION = `{ companyKey: other.id, kind: type(r), since: r.since, description: r.description,
  sourceId: r.sourceId }`;

function relationsQuery(name: string, pattern: string): BatchQuery<CompanyRelationRecord[]> {
  return batchQuery(
    `companies.relations.${name}`,
    'list',
    `MATCH ${pattern}
      WITH key, r, other ORDER BY other.name, type(r), r.documentId`,
    `collect(${RELATION_PROJECTION})`,
  );
}

/** Relation kinds of Company, each a fixed pattern from `(c:Company {id: key})`. */
export const RELATIONS = {
  customers: relationsQuery(
    'customers',
    `(c:Company {id: key})<-[r:CUSTOMER_OF|CANCELLED_CONTRACTS_WITH]-(other:Company)`,
  ),
  suppliers: relationsQuery(
    'suppliers',
    `(c:Company {id: key})-[r:CUSTOMER_OF|CANCELLED_CONTRACTS_WITH]->(other:Company)`,
  ),
  competitors: relationsQuery('competitors', `(c:Company {id: key})-[r:COMPETES_WITH]-(other:Company)`),
  investments: relationsQuery('investments', `(c:Company {id: key})-[r:INVESTS_IN]->(other:Company)`),
  investors: relationsQuery('investors', `(c:Company {id: key})<-[r:INVESTS_IN]-(other:Company)`),
} as const;
export type CompanyRelationKind = keyof typeof RELATIONS;

export async function relationsByCompanyKeys(
  db: Database,
  kind: CompanyRelationKind,
  keys: readonly string[],
): Promise<CompanyRelationRecord[][]> {
  return listsByKeys<CompanyRelationRecord>(db, RELATIONS[kind], keys);
}

export const STATEMENT_PROJECTION = `n { key: n.id, .kind, .text, companyKey: [(n)-[:BY_COMPANY]->(co) | co.id][0],
  periodKey: [(n)-[:FOR_PERIOD]->(p) | p.id][0],
  aboutKeys: [(n)-[:ABOUT]->(x) | x.id],
  sourceId: n.sourceId }`;

const STATEMENTS_BY_COMPANY = relationQuery(
  'companies.statements',
  'MATCH (:Company {id: key})<-[:BY_COMPANY]-(n:Statement) WHERE $kind IS NULL OR n.kind = $kind',
  STATEMENT_PROJECTION,
  'n.id',
);

export async function statementsByCompanyKeys(
  db: Database,
  keys: readonly string[],
  kind: string | null,
): Promise<StatementRecord[][]> {
  return listsByKeys<StatementRecord>(db, STATEMENTS_BY_COMPANY, keys, { kind });
}

/** A named entity the full-text index offers as a lookup candidate (companyLookup.ts decides). */
export interface NameCandidateRecord {
  key: string;
  labels: string[];
  name: string;
  shortName: string | null;
  aliases: string[];
  /** The company an offering belongs to (null for a company and kinds with no owner). */
  ownerKey: string | null;
}

const NAME_CANDIDATES: NamedQuery = {
  name: 'companies.nameCandidates',
  cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.name}', $query, { limit: toInteger($limit) }) YIELD node
    RETURN node.id AS key, labels(node) AS labels, node.name AS name, node.shortName AS shortName,
      coalesce(node.aliases, []) AS aliases, [(node)-[:OFFERED_BY|LINE_OF]->(owner:Company) | owner.id][0] AS ownerKey`,
};

/** Up to `limit` entities whose names hold every word of `luceneQuery` (built by toLuceneQuery). */
export async function nameCandidates(db: Database, luceneQuery: string, limit: number): Promise<NameCandidateRecord[]> {
  if (!luceneQuery) return [];
  const rows = await db.read(NAME_CANDIDATES, { query: luceneQuery, limit });
  return rows.map((r) => ({
    key: String(r.key),
    labels: r.labels as string[],
    name: String(r.name ?? r.key),
    shortName: (r.shortName as string | null) ?? null,
    aliases: r.aliases as string[],
    ownerKey: (r.ownerKey as string | null) ?? null,
  }));
}
