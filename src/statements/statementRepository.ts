/**
 * Statements by what they are about: `(s:Statement)-[:ABOUT]->(target)` read from the target's
 * side (a fact, a business line, a service, a data center, a segment, a company), batched over
 * targets so a list of them costs one round-trip.
 */
import { batchQuery, listsByKeys, relationQuery } from '../db/batch.js';
import type { Database } from '../db/database.js';
import { STATEMENT_PROJECTION, type StatementRecord } from '../companies/companyRepository.js';
import { KEYED_LABELS, NODE_ENTITY_TYPES, type NodeType } from '../model/entities.js';

// Labels from the registry only (Cypher takes no label parameter); the label expression lets the
// planner seek each label's id constraint instead of scanning.
const TARGET = `(x:${KEYED_LABELS.join('|')} {id: key})`;

const STATEMENTS_ABOUT = relationQuery<StatementRecord>(
  'statements.about',
  `MATCH ${TARGET}<-[:ABOUT]-(n:Statement)
    WHERE ($kind IS NULL OR n.kind = $kind)
      AND ($company IS NULL OR EXISTS { (n)-[:BY_COMPANY]->(:Company {id: $company}) })`,
  STATEMENT_PROJECTION,
  'n.id',
);

/** Per target key, the statements about it (only `kind`, only by `company` when given), by key. */
export function statementsAboutKeys(
  db: Database,
  keys: readonly string[],
  filter: { readonly kind: string | null; readonly company: string | null },
): Promise<StatementRecord[][]> {
  return listsByKeys<StatementRecord>(db, STATEMENTS_ABOUT, keys, { kind: filter.kind, company: filter.company });
}

/** What a statement is about, typed: a node's type and key. */
export interface AboutTargetRecord {
  nodeType: NodeType;
  key: string;
}

const ABOUT_TARGETS = batchQuery<{ key: string; labels: string[] }[]>(
  'statements.targets',
  'list',
  `MATCH (:Statement {id: key})-[:ABOUT]->(x) WITH key, x ORDER BY x.id`,
  'collect({ key: x.id, labels: labels(x) })',
);

/** The node type whose own label a node carries (registry order), or undefined for none. */
function nodeTypeOfLabels(labels: readonly string[]): NodeType | undefined {
  return NODE_ENTITY_TYPES.find((entity) => labels.includes(entity.labels[0]))?.typeName;
}

/** Per statement key, the nodes it is about (targets that are not nodes are left out). */
export async function aboutTargetsOfStatements(db: Database, keys: readonly string[]): Promise<AboutTargetRecord[][]> {
  const lists = await listsByKeys<{ key: string; labels: string[] }>(db, ABOUT_TARGETS, keys);
  return lists.map((targets) =>
    targets.flatMap((t) => {
      const nodeType = nodeTypeOfLabels(t.labels);
      return nodeType ? [{ nodeType, key: t.key }] : [];
    }),
  );
}
