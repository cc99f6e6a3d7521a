/**
 * The entity registry (src/model/entities.ts) and what is derived from it: the full-text index,
 * the unique constraints, global ids, and its agreement with the GraphQL schema.
 */
import { mergeTypeDefs } from '@graphql-tools/merge';
import { buildASTSchema, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FULLTEXT_INDEX_STATEMENT, SCHEMA_STATEMENTS, UNIQUE_ID_LABELS } from '../../src/graph/schema.js';
import { fromGlobalId, toGlobalId } from '../../src/graphql/globalId.js';
import { loadTypeDefs } from '../../src/graphql/sdl.js';
import {
  ENTITY_TYPES,
  FULLTEXT_INDEX,
  KEYED_LABELS,
  NODE_TYPES,
  SEARCHABLE_LABELS,
  SEEDED_ENTITY_TYPES,
  SHARED_ENTITY_LABELS,
  searchableTypeOfLabels,
} from '../../src/model/entities.js';

const schema: GraphQLSchema = buildASTSchema(mergeTypeDefs(loadTypeDefs()));

/** Types implementing Node that are knowingly not in the registry (none today). */
const NODES_OUTSIDE_REGISTRY: readonly string[] = [];

const sorted = (values: Iterable<string>) => [...values].sort();

describe('entity registry', () => {
  it('declares each type once, its own label first', () => {
    const names = ENTITY_TYPES.map((entity) => entity.typeName);
    expect(new Set(names).size).toBe(names.length);
    for (const entity of ENTITY_TYPES) expect(entity.labels[0]).toBe(entity.typeName);
  });

  it('full-text index: the statement existing databases were created with, over exactly the searchable labels', () => {
    // Byte for byte what schema.ts wrote before the registry: `IF NOT EXISTS` keeps existing indexes.
    expect(FULLTEXT_INDEX_STATEMENT).toEqual({
      name: 'schema.fulltext.entityNames',
      cypher:
        "CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Company|BusinessLine|Service|DataCenter|Segment|Award|AwardCategory) ON EACH [n.name, n.shortName, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
    });
    const searchable = ENTITY_TYPES.filter((entity) => entity.searchBy !== null).map((entity) => entity.labels[0]);
    expect(FULLTEXT_INDEX.labels).toEqual(searchable);
    expect(SCHEMA_STATEMENTS).toContain(FULLTEXT_INDEX_STATEMENT);
  });

  it('reads a search hit type from the registry labels only', () => {
    expect(searchableTypeOfLabels(['Service', 'Offering', 'Entity'])).toBe('Service');
    expect(searchableTypeOfLabels(['Entity', 'Company'])).toBe('Company');
    expect(searchableTypeOfLabels(['Document'])).toBeUndefined();
    expect(searchableTypeOfLabels(['Entity', 'Offering'])).toBeUndefined();
  });

  it('unique id constraints: the same set as before the registry, and fact reports', () => {
    const unique = SCHEMA_STATEMENTS.filter((s) => s.name.startsWith('schema.unique.')).map((s) => s.name);
    expect(sorted(unique)).toEqual(
      sorted(
        [
          'Entity',
          'Offering',
          'Document',
          'Period',
          'Company',
          'BusinessLine',
          'Service',
          'DataCenter',
          'Segment',
          'Award',
          'AwardCategory',
          'Source',
          'CrossSellRate',
          'Ranking',
          'FinancialFact',
          'FactReport',
          'Amount',
          'Comparison',
          'Explanation',
          'Statement',
          'Section',
        ].map((label) => `schema.unique.${label}`),
      ),
    );
    for (const entity of ENTITY_TYPES) for (const label of entity.labels) expect(UNIQUE_ID_LABELS).toContain(label);
  });

  it('shared entities are the seeded kinds, and every keyed kind is a key holder', () => {
    expect(SHARED_ENTITY_LABELS).toEqual(SEEDED_ENTITY_TYPES.map((entity) => entity.labels[0]));
    expect(KEYED_LABELS).toEqual(expect.arrayContaining([...SHARED_ENTITY_LABELS, 'Document', 'Period', 'Statement']));
  });

  it('global ids accept exactly the registry node types', () => {
    for (const entity of ENTITY_TYPES) {
      const global = fromGlobalId(`${entity.typeName}:some-key`);
      if (entity.isNode) expect(global).toEqual({ type: entity.typeName, key: 'some-key' });
      else expect(global).toBeUndefined();
    }
    for (const type of NODE_TYPES) expect(fromGlobalId(toGlobalId(type, 'k'))).toEqual({ type, key: 'k' });
    for (const notAType of ['Entity', 'Offering', 'Source', 'Node', 'company', '__proto__', 'toString'])
      expect(fromGlobalId(`${notAType}:k`)).toBeUndefined();
  });
});

describe('entity registry against the GraphQL schema', () => {
  const types = Object.values(schema.getTypeMap());

  it('every type implementing Node is a registry node type, and every node type implements Node', () => {
    const implementing = types
      .filter(isObjectType)
      .filter((type) => type.getInterfaces().some((i) => i.name === 'Node'))
      .map((type) => type.name)
      .filter((name) => !NODES_OUTSIDE_REGISTRY.includes(name));
    expect(sorted(NODE_TYPES)).toEqual(sorted(implementing));
  });

  it('every registered kind is a GraphQL object type; the Offering label matches the Offering interface', () => {
    const offering = schema.getType('Offering');
    expect(isInterfaceType(offering)).toBe(true);
    for (const entity of ENTITY_TYPES) {
      const type = schema.getType(entity.typeName);
      expect(isObjectType(type), entity.typeName).toBe(true);
      if (!isObjectType(type)) continue;
      const implementsOffering = type.getInterfaces().some((i) => i.name === 'Offering');
      expect((entity.labels as readonly string[]).includes('Offering'), entity.typeName).toBe(implementsOffering);
    }
  });

  it('SearchResult holds exactly the searchable types', () => {
    const union = schema.getType('SearchResult');
    expect(isUnionType(union)).toBe(true);
    if (!isUnionType(union)) return;
    expect(sorted(union.getTypes().map((t) => t.name))).toEqual(sorted(SEARCHABLE_LABELS));
  });
});
