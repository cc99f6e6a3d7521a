/** Awards, their categories, published rankings with entries, and winners. */
import { batchQuery, byKeyQuery, itemsByKeys, listsByKeys, relationQuery, type BatchQuery } from '../db/batch.js';
import type { Database, NamedQuery, RowReader } from '../db/database.js';
import type { Page, PageRequest } from '../db/page.js';

export interface AwardRecord {
  nodeType: 'Award';
  key: string;
  name: string;
  edition: string;
  published: string;
  publisherKey: string;
}

export interface AwardCategoryRecord {
  nodeType: 'AwardCategory';
  key: string;
  name: string;
  awardKey: string;
}

export interface RankingRecord {
  nodeType: 'Ranking';
  key: string;
  awardKey: string;
  categoryKey: string | null;
  scope: string;
  entriesListed: number;
  sourceId: string;
}

export interface RankingEntryRecord {
  rankingKey: string;
  companyKey: string;
  position: number | null;
  positionKnown: boolean;
  sourceId: string;
}

export interface AwardWinRecord {
  companyKey: string;
  awardKey: string;
  categoryKey: string | null;
  sourceId: string;
}

const AWARD_PROJECTION = `n { nodeType: 'Award', key: n.id, .name, .edition, .published, publisherKey: [(n)-[:PUBLISHED_BY]->(p) | p.id][0] }`;
const CATEGORY_PROJECTION = `n { nodeType: 'AwardCategory', key: n.id, .name, awardKey: [(n)-[:CATEGORY_OF]->(a) | a.id][0] }`;
const RANKING_PROJECTION = `n { nodeType: 'Ranking', key: n.id, .scope, .entriesListed,
  awardKey: [(n)-[:RANKING_OF]->(a) | a.id][0],
  categoryKey: [(n)-[:IN_CATEGORY]->(c) | c.id][0],
  sourceId: n.sourceId }`;
/** Known positions first, in order; then unknown positions in the order the source lists them. */
const ENTRY_ORDER = 'coalesce(r.position, 1000000), r.listedOrder, c.id';
const WIN_PROJECTION = `{ companyKey: c.id,
  awardKey: CASE WHEN t:Award THEN t.id ELSE [(t)-[:CATEGORY_OF]->(a) | a.id][0] END,
  categoryKey: CASE WHEN t:AwardCategory THEN t.id ELSE null END,
  sourceId: w.sourceId }`;

export const AWARDS_BY_KEYS = byKeyQuery('awards.byKeys', 'MATCH (n:Award {id: key})', AWARD_PROJECTION);
export const CATEGORIES_BY_KEYS = byKeyQuery(
  'awards.categoriesByKeys',
  'MATCH (n:AwardCategory {id: key})',
  CATEGORY_PROJECTION,
);
export const RANKINGS_BY_KEYS = byKeyQuery('awards.rankingsByKeys', 'MATCH (n:Ranking {id: key})', RANKING_PROJECTION);

export const AWARD_LISTS = {
  categoriesByAward: relationQuery(
    'awards.categoriesByAward',
    'MATCH (:Award {id: key})<-[:CATEGORY_OF]-(n:AwardCategory)',
    CATEGORY_PROJECTION,
    'n.name, n.id',
  ),
  rankingsByAward: relationQuery(
    'awards.rankingsByAward',
    'MATCH (:Award {id: key})<-[:RANKING_OF]-(n:Ranking)',
    RANKING_PROJECTION,
    'n.id',
  ),
  rankingsByCategory: relationQuery(
    'awards.rankingsByCategory',
    'MATCH (:AwardCategory {id: key})<-[:IN_CATEGORY]-(n:Ranking)',
    RANKING_PROJECTION,
    'n.id',
  ),
} as const;

function entriesQuery(name: string, pattern: string): BatchQuery<RankingEntryRecord[]> {
  return batchQuery(
    name,
    'list',
    `MATCH ${pattern}
      WITH key, n, r, c ORDER BY ${ENTRY_ORDER}`,
    `collect({ rankingKey: n.id, companyKey: c.id, position: r.position, positionKnown: coalesce(r.positionKnown, false),
        sourceId: r.sourceId })`,
  );
}

export const ENTRIES = {
  byRanking: entriesQuery('awards.entriesByRanking', '(n:Ranking {id: key})-[r:LISTS]->(c:Company)'),
  byCompany: entriesQuery('awards.entriesByCompany', '(c:Company {id: key})<-[r:LISTS]-(n:Ranking)'),
} as const;

function winsQuery(name: string, pattern: string): BatchQuery<AwardWinRecord[]> {
  return batchQuery(
    name,
    'list',
    `MATCH ${pattern}
      WITH key, c, w, t ORDER BY t.id, c.name`,
    `collect(${WIN_PROJECTION})`,
  );
}

export const WINS = {
  byCompany: winsQuery('awards.winsByCompany', '(c:Company {id: key})-[w:WON]->(t)'),
  byCategory: winsQuery('awards.winsByCategory', '(t:AwardCategory {id: key})<-[w:WON]-(c:Company)'),
  byAward: winsQuery('awards.winsByAward', '(:Award {id: key})<-[:CATEGORY_OF*0..1]-(t)<-[w:WON]-(c:Company)'),
} as const;

const LIST_AWARDS: NamedQuery = {
  name: 'awards.list',
  cypher: `CALL () {
      MATCH (n:Award)
      WHERE ($publisher IS NULL OR EXISTS { (n)-[:PUBLISHED_BY]->(:Company {id: $publisher}) })
        AND ($year IS NULL OR n.edition = toString(toInteger($year)) OR n.published STARTS WITH toString(toInteger($year)))
      RETURN count(n) AS totalCount
    }
    CALL () {
      MATCH (n:Award)
      WHERE ($publisher IS NULL OR EXISTS { (n)-[:PUBLISHED_BY]->(:Company {id: $publisher}) })
        AND ($year IS NULL OR n.edition = toString(toInteger($year)) OR n.published STARTS WITH toString(toInteger($year)))
      WITH n, n.published AS sortKey
      WHERE $afterKey IS NULL OR sortKey < $afterSort OR (sortKey = $afterSort AND n.id > $afterKey)
      ORDER BY sortKey DESC, n.id
      LIMIT toInteger($limit)
      RETURN collect(${AWARD_PROJECTION}) AS items
    }
    RETURN totalCount, items`,
};

const FIND_RANKINGS: NamedQuery = {
  name: 'awards.findRankings',
  // With an award given, start from it (the id index) rather than from every ranking.
  cypher: `CALL () {
      WITH $award AS award WHERE award IS NOT NULL
      MATCH (n:Ranking)-[:RANKING_OF]->(a:Award {id: award})
      RETURN n, a
      UNION
      WITH $award AS award WHERE award IS NULL
      MATCH (n:Ranking)-[:RANKING_OF]->(a:Award)
      RETURN n, a
    }
    OPTIONAL MATCH (n)-[:IN_CATEGORY]->(cat:AwardCategory)
    WITH n, a, cat
    WHERE ($award IS NULL OR a.id = $award)
      AND ($year IS NULL OR a.edition = toString(toInteger($year)) OR a.published STARTS WITH toString(toInteger($year)))
      AND ($category IS NULL OR cat.id = $category OR toLower(cat.name) = toLower($category)
           OR replace(toLower(cat.name), '-', ' ') = replace(toLower($category), '-', ' '))
    WITH n ORDER BY n.id
    RETURN collect(${RANKING_PROJECTION}) AS items`,
};

export const awardsByKeys = (db: Database, keys: readonly string[]) =>
  itemsByKeys<AwardRecord>(db, AWARDS_BY_KEYS, keys);
export const categoriesByKeys = (db: Database, keys: readonly string[]) =>
  itemsByKeys<AwardCategoryRecord>(db, CATEGORIES_BY_KEYS, keys);
export const rankingsByKeys = (db: Database, keys: readonly string[]) =>
  itemsByKeys<RankingRecord>(db, RANKINGS_BY_KEYS, keys);
export const categoriesByAwardKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<AwardCategoryRecord>(db, AWARD_LISTS.categoriesByAward, keys);
export const rankingsByAwardKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<RankingRecord>(db, AWARD_LISTS.rankingsByAward, keys);
export const rankingsByCategoryKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<RankingRecord>(db, AWARD_LISTS.rankingsByCategory, keys);
export const entriesByRankingKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<RankingEntryRecord>(db, ENTRIES.byRanking, keys);
export const entriesByCompanyKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<RankingEntryRecord>(db, ENTRIES.byCompany, keys);
export const winsByCompanyKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<AwardWinRecord>(db, WINS.byCompany, keys);
export const winsByCategoryKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<AwardWinRecord>(db, WINS.byCategory, keys);
export const winsByAwardKeys = (db: Database, keys: readonly string[]) =>
  listsByKeys<AwardWinRecord>(db, WINS.byAward, keys);

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function listAwards(
  db: Database,
  filter: { publisherKey: string | null; year: number | null },
  page: PageRequest,
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<Page<AwardRecord>> {
  const [row] = await read(LIST_AWARDS, {
    publisher: filter.publisherKey,
    year: filter.year,
    afterSort: page.after?.[0] ?? null,
    afterKey: page.after?.[1] ?? null,
    limit: page.first + 1,
  });
  const items = (row?.items as AwardRecord[] | undefined) ?? [];
  return {
    items: items.slice(0, page.first),
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: items.length > page.first,
  };
}

/** `read` runs the query (by default on `db`; a resolver may pass one that loads the subtree with it). */
export async function findRankings(
  db: Database,
  filter: { awardKey: string | null; category: string | null; year: number | null },
  read: RowReader = (query, parameters) => db.read(query, parameters),
): Promise<RankingRecord[]> {
  const [row] = await read(FIND_RANKINGS, { award: filter.awardKey, category: filter.category, year: filter.year });
  return (row?.items as RankingRecord[] | undefined) ?? [];
}
