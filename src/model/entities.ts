/**
 * The entity registry: every kind of keyed node, declared once. The graph schema (constraints,
 * the full-text index), global ids, `node()`/`nodes()`, `search`, the seed loader's entity merges,
 * curation's key check and `kg doctor` all derive their label lists from here, so adding an entity
 * type is an entry here plus its domain module.
 *
 * This is the shared lower layer: it imports nothing (no domain, no API layer, no seed), so loaders
 * and fact-file row groups are named here by string and checked against their real types where
 * they are used (src/graphql/entityLoading.ts, src/seed/writeFactFile.ts).
 *
 * Labels written into Cypher (which cannot take a label as a parameter) come only from this file.
 */

export interface EntityTypeDeclaration {
  /** The GraphQL object type; for node types also the prefix of global ids (`Company:iij`). */
  readonly typeName: string;
  /** Every Neo4j label of the node, its own label first: `['Service', 'Offering', 'Entity']`. */
  readonly labels: readonly [string, ...string[]];
  /** Implements the GraphQL `Node` interface: has a global id and is loaded by `node(id:)`. */
  readonly isNode: boolean;
  /** The per-request DataLoader (a key of the context's `loaders`) that loads it by key, if any. */
  readonly loader: string | null;
  /**
   * Properties of it the full-text index searches, or null when `search` does not find it. One
   * index covers every searchable label with the union of these lists (Neo4j has one property
   * list per index; a property a node lacks is simply not indexed for it).
   */
  readonly searchBy: readonly string[] | null;
  /** The fact file's row group the seed loader MERGEs these from (shared entities only). */
  readonly seedRows: string | null;
}

/**
 * In this order on purpose: shared entities first, in the order the loader merges them (its report
 * lists them so); then the other keyed kinds in the order curation names a key's holders.
 */
export const ENTITY_TYPES = [
  {
    typeName: 'Company',
    labels: ['Company', 'Entity'],
    isNode: true,
    loader: 'companyByKey',
    searchBy: ['name', 'shortName', 'aliasText'],
    seedRows: 'companies',
  },
  {
    typeName: 'BusinessLine',
    labels: ['BusinessLine', 'Offering', 'Entity'],
    isNode: true,
    loader: 'offeringByKey',
    searchBy: ['name', 'aliasText'],
    seedRows: 'businessLines',
  },
  {
    typeName: 'Service',
    labels: ['Service', 'Offering', 'Entity'],
    isNode: true,
    loader: 'offeringByKey',
    searchBy: ['name', 'aliasText'],
    seedRows: 'services',
  },
  {
    typeName: 'DataCenter',
    labels: ['DataCenter', 'Entity'],
    isNode: true,
    loader: 'dataCenterByKey',
    searchBy: ['name'],
    seedRows: 'dataCenters',
  },
  {
    typeName: 'Segment',
    labels: ['Segment', 'Entity'],
    isNode: true,
    loader: 'segmentByKey',
    searchBy: ['name'],
    seedRows: 'segments',
  },
  {
    typeName: 'Award',
    labels: ['Award', 'Entity'],
    isNode: true,
    loader: 'awardByKey',
    searchBy: ['name'],
    seedRows: 'awards',
  },
  {
    typeName: 'AwardCategory',
    labels: ['AwardCategory', 'Entity'],
    isNode: true,
    loader: 'categoryByKey',
    searchBy: ['name'],
    seedRows: 'awardCategories',
  },
  {
    typeName: 'Document',
    labels: ['Document'],
    isNode: true,
    loader: 'documentByKey',
    searchBy: null,
    seedRows: null,
  },
  // Keyed, but no node type: a Period is addressed through its company, a Statement through its subject.
  { typeName: 'Period', labels: ['Period'], isNode: false, loader: 'periodByKey', searchBy: null, seedRows: null },
  {
    typeName: 'FinancialFact',
    labels: ['FinancialFact'],
    isNode: true,
    loader: 'factByKey',
    searchBy: null,
    seedRows: null,
  },
  { typeName: 'Statement', labels: ['Statement'], isNode: false, loader: null, searchBy: null, seedRows: null },
  {
    typeName: 'CrossSellRate',
    labels: ['CrossSellRate'],
    isNode: true,
    loader: 'crossSellRateByKey',
    searchBy: null,
    seedRows: null,
  },
  {
    typeName: 'Ranking',
    labels: ['Ranking'],
    isNode: true,
    loader: 'rankingByKey',
    searchBy: null,
    seedRows: null,
  },
] as const satisfies readonly EntityTypeDeclaration[];

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types with a global id (GraphQL `Node`). */
export type NodeEntityType = Extract<EntityType, { isNode: true }>;
export type NodeType = NodeEntityType['typeName'];

/** Types `search` finds. */
export type SearchableEntityType = Extract<EntityType, { searchBy: readonly string[] }>;
export type SearchableType = SearchableEntityType['typeName'];

/** Shared entities: `:Entity`, MERGEd on id by every document that describes them. */
export type SharedEntityType = Extract<EntityType, { labels: readonly [string, ...string[], 'Entity'] }>;
export type SharedEntityLabel = SharedEntityType['labels'][0];

/** Types the seed loader merges from a row group of the fact file. */
export type SeededEntityType = Extract<EntityType, { seedRows: string }>;

const isNodeEntity = (entity: EntityType): entity is NodeEntityType => entity.isNode;
const isSearchable = (entity: EntityType): entity is SearchableEntityType => entity.searchBy !== null;
const isShared = (entity: EntityType): entity is SharedEntityType =>
  (entity.labels as readonly string[]).includes('Entity');
const isSeeded = (entity: EntityType): entity is SeededEntityType => entity.seedRows !== null;

export const NODE_ENTITY_TYPES: readonly NodeEntityType[] = ENTITY_TYPES.filter(isNodeEntity);
export const NODE_TYPES: readonly NodeType[] = NODE_ENTITY_TYPES.map((entity) => entity.typeName);

export const SEARCHABLE_ENTITY_TYPES: readonly SearchableEntityType[] = ENTITY_TYPES.filter(isSearchable);
/** The labels the full-text index covers, and by which a search hit's type is read back. */
export const SEARCHABLE_LABELS: readonly string[] = SEARCHABLE_ENTITY_TYPES.map((entity) => entity.labels[0]);

export const SHARED_ENTITY_TYPES: readonly SharedEntityType[] = ENTITY_TYPES.filter(isShared);
/** The own label of every shared entity kind (not `Entity` or `Offering`). */
export const SHARED_ENTITY_LABELS: readonly SharedEntityLabel[] = SHARED_ENTITY_TYPES.map((entity) => entity.labels[0]);

export const SEEDED_ENTITY_TYPES: readonly SeededEntityType[] = ENTITY_TYPES.filter(isSeeded);

/** The own label of every registered kind: each is a key's possible holder. */
export const KEYED_LABELS: readonly string[] = ENTITY_TYPES.map((entity) => entity.labels[0]);

/** Every label a registered kind carries, its own and the shared ones (`Entity`, `Offering`), once each. */
export const ENTITY_GRAPH_LABELS: readonly string[] = [...new Set(ENTITY_TYPES.flatMap((entity) => entity.labels))];

/** The full-text index over entity names. Its name is what existing databases hold: keep it. */
export const FULLTEXT_INDEX = {
  name: 'entityNames',
  labels: SEARCHABLE_LABELS,
  /** The union of the searchable types' `searchBy`, in first-declared order. */
  properties: [...new Set(SEARCHABLE_ENTITY_TYPES.flatMap((entity) => entity.searchBy))] as readonly string[],
  // Keeps OCR variants such as "11J" as tokens of their own.
  analyzer: 'standard-no-stop-words',
} as const;

const BY_TYPE_NAME: ReadonlyMap<string, EntityType> = new Map(ENTITY_TYPES.map((entity) => [entity.typeName, entity]));

export function isNodeType(name: string): name is NodeType {
  return BY_TYPE_NAME.get(name)?.isNode === true;
}

const SEARCHABLE_BY_LABEL: ReadonlyMap<string, SearchableType> = new Map(
  SEARCHABLE_ENTITY_TYPES.map((entity) => [entity.labels[0], entity.typeName]),
);

/** The searchable type a node's labels say it is, or undefined for none. */
export function searchableTypeOfLabels(labels: readonly string[]): SearchableType | undefined {
  for (const label of labels) {
    const type = SEARCHABLE_BY_LABEL.get(label);
    if (type) return type;
  }
  return undefined;
}

export function nodeEntityType<T extends NodeType>(type: T): Extract<NodeEntityType, { typeName: T }> {
  return BY_TYPE_NAME.get(type) as Extract<NodeEntityType, { typeName: T }>;
}
