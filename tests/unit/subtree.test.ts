/** The subtree compiler (src/db/subtree.ts): statement shape and key extraction, without a database. */
import { describe, expect, it } from 'vitest';
import { byKeyQuery, relationQuery } from '../../src/db/batch.js';
import { compactCypher } from '../../src/db/compactCypher.js';
import { compileSubtree, keysOf, type SubtreeNode } from '../../src/db/subtree.js';

const companies = byKeyQuery('companies.byKeys', 'MATCH (c:Company {id: key})', 'c { key: c.id }');
const services = relationQuery(
  'offerings.servicesByCompany',
  'MATCH (:Company {id: key})<-[:OFFERED_BY]-(n:Service)',
  'n { key: n.id, lineKey: [(n)-[:IN_LINE]->(l) | l.id][0] }',
  'n.id',
);
const lines = byKeyQuery('offerings.byKeys', 'MATCH (n:Offering {id: key})', 'n { key: n.id }');
const node = (
  query: typeof companies,
  keyField: string,
  children: SubtreeNode<string>[] = [],
): SubtreeNode<string> => ({
  query,
  keyField,
  children,
  tag: query.name,
});

describe('compileSubtree', () => {
  it('runs each level as a subquery over its parent level, parents first, in one statement', () => {
    const compiled = compileSubtree('subtree.test', {
      kind: 'query',
      node: node(companies, 'key', [node(services, 'key', [node(lines, 'lineKey')])]),
    });
    expect(compiled.levels.map((l) => [l.node.tag, l.parent])).toEqual([
      ['companies.byKeys', -1],
      ['offerings.servicesByCompany', 0],
      ['offerings.byKeys', 1],
    ]);
    const cypher = compiled.statement.cypher;
    expect(cypher).toMatch(/^WITH \$keys0 AS keys0 CALL/);
    expect(cypher).toContain('CALL (level0) {');
    // A list level's values are unwound item by item before its children read their keys.
    expect(cypher).toContain('UNWIND parentPair[1] AS parentValue WITH parentValue.lineKey AS key');
    expect(cypher).toMatch(/RETURN level0, level1, level2$/);
    // The only parameter is the root keys: values never enter the text.
    expect(cypher.match(/\$\w+/g)).toEqual(['$keys0']);
  });

  it('takes one key parameter per level below records the caller holds', () => {
    const compiled = compileSubtree('subtree.values', {
      kind: 'values',
      children: [node(services, 'key'), node(companies, 'companyKey'), node(companies, 'missingKeys')],
    });
    expect(compiled.levels.map((l) => l.parent)).toEqual([-1, -1, -1]);
    expect(compiled.statement.cypher).toMatch(/^WITH \$keys0 AS keys0, \$keys1 AS keys1, \$keys2 AS keys2 CALL/);
  });

  it("wraps a repository's own query and reads the keys of its items", () => {
    const compiled = compileSubtree('subtree.list', {
      kind: 'rows',
      query: {
        name: 'companies.list',
        cypher: 'MATCH (c:Company) RETURN count(c) AS totalCount, collect(c { key: c.id }) AS items',
      },
      columns: ['totalCount', 'items'],
      itemsColumn: 'items',
      children: [node(services, 'key')],
    });
    expect(compiled.statement.cypher).toMatch(
      /^CALL \(\) \{ MATCH \(c:Company\) RETURN count\(c\) AS totalCount, .* AS items \}/,
    );
    expect(compiled.statement.cypher).toContain(
      'WITH totalCount, items AS rootItems CALL (rootItems) { UNWIND rootItems AS parentValue',
    );
    expect(compiled.statement.cypher).toMatch(/RETURN totalCount, rootItems AS items, level0$/);
  });

  it('refuses a key field that is not a plain field name, and an empty tree', () => {
    expect(() => compileSubtree('x', { kind: 'query', node: node(companies, 'key', [node(lines, 'a.b')]) })).toThrow(
      /not a field name/,
    );
    expect(() => compileSubtree('x', { kind: 'values', children: [] })).toThrow(/empty subtree/);
  });
});

describe('keysOf', () => {
  it('reads distinct string keys from items, lists of items and key lists', () => {
    expect(keysOf([{ k: 'a' }, null, { k: 'b' }, { k: 'a' }, { k: null }], 'item', 'k')).toEqual(['a', 'b']);
    expect(keysOf([[{ k: 'a' }, { k: 'b' }], [], [{ k: 'c' }]], 'list', 'k')).toEqual(['a', 'b', 'c']);
    expect(keysOf([{ k: ['x', 'y'] }, { k: ['y', 'z'] }], 'item', 'k')).toEqual(['x', 'y', 'z']);
  });
});

describe('compactCypher', () => {
  it('drops comments and collapses whitespace, but never inside strings or quoted names', () => {
    const text = `MATCH (n:Company)   // a comment with 'quotes'
      WHERE n.name = 'two  spaces // not a comment' AND n.\`odd  name\` = "a\\"  b"
      RETURN   n`;
    expect(compactCypher(text)).toBe(
      `MATCH (n:Company) WHERE n.name = 'two  spaces // not a comment' AND n.\`odd  name\` = "a\\"  b" RETURN n`,
    );
  });
});
