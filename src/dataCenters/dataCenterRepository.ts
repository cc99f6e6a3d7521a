/** Data centers and their operators. */
import { byKeyQuery, itemsByKeys, listsByKeys, relationQuery } from '../db/batch.js';
import type { Database, NamedQuery, RowReader } from '../db/database.js';
import type { Page, PageRequest } from '../db/page.js';

export interface DataCenterRecord {
  nodeType: 'DataCenter';
  key: string;
  name: string;
  city: string | null;
  prefecture: string | null;
  country: string | null;
  floors: string | null;
  floorSpaceM2: number | null;
  structure: string | null;
  floorLoadValue: number | null;
  floorLoadUnit: string | null;
  purpose: string | null;
  operatorKey: string;
}

const dataCenterProjection = (extra = ''): string => `n {
  nodeType: 'DataCenter', key: n.id, .name, .city, .prefecture, .country, .floors, .floorSpaceM2, .structure,
  .floorLoadValue, .floorLoadUnit, .purpose, operatorKey: [(n)-[:OPERATED_BY]->(o) | o.id][0]${extra}
}`;

export const DATA_CENTER_PROJECTION = dataCenterProjection();

export const DATA_CENTERS_BY_KEYS = byKeyQuery(
  'dataCenters.byKeys',
  'MATCH (n:DataCenter {id: key})',
  DATA_CENTER_PROJECTION,
);

export const DATA_CENTERS_BY_OPERATOR = relationQuery(
  'dataCenters.byOperator',
  'MATCH (:Company {id: key})<-[:OPERATED_BY]-(n:DataCenter)',
  DATA_CENTER_PROJECTION,
  'n.name, n.id',
);

/**
 * Sort orders are an allow-list: each maps to a fixed sort expression. The sort key of a row is
 * a number (floor space, unknown → ±infinity stand-in so it sorts last) or a lowercased name.
 */
const ORDERS = {
  NAME: { expression: 'toLower(n.name)', direction: 'ASC', after: '>' },
  FLOOR_SPACE_DESC: { expression: 'coalesce(n.floorSpaceM2, -1.0)', direction: 'DESC', after: '<' },
  FLOOR_SPACE_ASC: { expression: 'coalesce(n.floorSpaceM2, 1.0e300)', direction: 'ASC', after: '>' },
} as const;
export type DataCenterOrderValue = keyof typeof ORDERS;

const LIST_QUERIES = Object.fromEntries(
  Object.entries(ORDERS).map(([order, o]) => [
    order,
    {
      name: `dataCenters.list.${order}`,
      cypher: `CALL () {
          MATCH (n:DataCenter) WHERE $operator IS NULL OR EXISTS { (n)-[:OPERATED_BY]->(:Company {id: $operator}) }
          RETURN count(n) AS totalCount
        }
        CALL () {
          MATCH (n:DataCenter) WHERE $operator IS NULL OR EXISTS { (n)-[:OPERATED_BY]->(:Company {id: $operator}) }
          WITH n, ${o.expression} AS sortKey
          WHERE $afterKey IS NULL OR sortKey ${o.after} $afterSort OR (sortKey = $afterSort AND n.id > $afterKey)
          ORDER BY sortKey ${o.direction}, n.id
          LIMIT toInteger($limit)
          RETURN collect(${dataCenterProjection(', sortKey: sortKey')}) AS items
        }
        RETURN totalCount, items`,
    } satisfies NamedQuery,
  ]),
) as Record<DataCenterOrderValue, NamedQuery>;

export async function dataCentersByKeys(db: Database, keys: readonly string[]): Promise<(DataCenterRecord | null)[]> {
  return itemsByKeys<DataCenterRecord>(db, DATA_CENTERS_BY_KEYS, keys);
}

export async function dataCentersByOperatorKeys(db: Database, keys: readonly string[]): Promise<DataCenterRecord[][]> {
  return listsByKeys<DataCenterRecord>(db, DATA_CENTERS_BY_OPERATOR, keys);
}

export type DataCenterPageRecord = DataCenterRecord & { sortKey: string | number };

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function listDataCenters(
  db: Database,
  operatorKey: string | null,
  order: DataCenterOrderValue,
  page: PageRequest,
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<Page<DataCenterPageRecord>> {
  const [row] = await read(LIST_QUERIES[order], {
    operator: operatorKey,
    afterSort: page.after?.[0] ?? null,
    afterKey: page.after?.[1] ?? null,
    limit: page.first + 1,
  });
  const items = (row?.items as DataCenterPageRecord[] | undefined) ?? [];
  return {
    items: items.slice(0, page.first),
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: items.length > page.first,
  };
}
