/** Customer segments, their members, and cross-sell rates (reported, and computed from edges). */
import { byKeyQuery, itemsByKeys, listsByKeys, relationQuery } from '../db/batch.js';
import type { Database, NamedQuery } from '../db/database.js';

export interface SegmentRecord {
  nodeType: 'Segment';
  key: string;
  name: string;
  kind: string;
  size: number | null;
  revenueSharePercent: number | null;
  revenueShareAsOf: string | null;
  description: string | null;
  companyKey: string;
}

export interface CrossSellRateRecord {
  nodeType: 'CrossSellRate';
  key: string;
  segmentKey: string;
  offeringAKey: string;
  offeringBKey: string;
  ratePercent: number;
  cohort: string;
  asOf: string;
  basis: string;
  sourceId: string;
}

export interface ComputedCrossSellRateRecord {
  segmentKey: string;
  offeringAKey: string;
  offeringBKey: string;
  customers: number;
  customersBuyingA: number;
  customersBuyingB: number;
  customersBuyingBoth: number;
  rateBGivenA: number | null;
  pairShare: number | null;
}

export const SEGMENT_PROJECTION = `n {
  nodeType: 'Segment', key: n.id, .name, .kind, .size, .revenueSharePercent, .revenueShareAsOf, .description,
  companyKey: [(n)-[:SEGMENT_OF]->(c) | c.id][0]
}`;

export const CROSS_SELL_PROJECTION = `n {
  nodeType: 'CrossSellRate', key: n.id, .ratePercent, .cohort, .asOf, .basis,
  segmentKey: [(n)-[:FOR_SEGMENT]->(s) | s.id][0],
  offeringAKey: [(n)-[:OFFERING_A]->(o) | o.id][0],
  offeringBKey: [(n)-[:OFFERING_B]->(o) | o.id][0],
  sourceId: n.sourceId
}`;

const RATES_BY_KEYS = byKeyQuery(
  'customers.crossSellRatesByKeys',
  'MATCH (n:CrossSellRate {id: key})',
  CROSS_SELL_PROJECTION,
);

export const SEGMENTS_BY_KEYS = byKeyQuery(
  'customers.segmentsByKeys',
  'MATCH (n:Segment {id: key})',
  SEGMENT_PROJECTION,
);
export const SEGMENTS_BY_COMPANY = relationQuery(
  'customers.segmentsByCompany',
  'MATCH (:Company {id: key})<-[:SEGMENT_OF]-(n:Segment)',
  SEGMENT_PROJECTION,
  'n.name, n.id',
);
export const TARGETS_BY_COMPANY = relationQuery(
  'customers.targetsByCompany',
  'MATCH (:Company {id: key})-[:TARGETS]->(n:Segment)',
  SEGMENT_PROJECTION,
  'n.name, n.id',
);
const MEMBER_KEYS_BY_SEGMENT = relationQuery(
  'customers.membersBySegment',
  'MATCH (:Segment {id: key})<-[:MEMBER_OF]-(n:Company)',
  'n.id',
  'n.name, n.id',
);
export const RATES_BY_SEGMENT = relationQuery(
  'customers.ratesBySegment',
  'MATCH (:Segment {id: key})<-[:FOR_SEGMENT]-(n:CrossSellRate)',
  CROSS_SELL_PROJECTION,
  'n.ratePercent DESC, n.id',
);

const ALL_SEGMENTS: NamedQuery = {
  name: 'customers.segments',
  cypher: `MATCH (n:Segment)
    WHERE $company IS NULL OR EXISTS { (n)-[:SEGMENT_OF]->(:Company {id: $company}) }
    WITH n ORDER BY n.name, n.id
    RETURN collect(${SEGMENT_PROJECTION}) AS items`,
};

const ALL_RATES: NamedQuery = {
  name: 'customers.crossSellRates',
  cypher: `MATCH (n:CrossSellRate)
    WHERE $segment IS NULL OR EXISTS { (n)-[:FOR_SEGMENT]->(:Segment {id: $segment}) }
    WITH n ORDER BY n.ratePercent DESC, n.id
    RETURN collect(${CROSS_SELL_PROJECTION}) AS items`,
};

/**
 * A member buys offering X when it subscribes to X itself, or to an offering filed under X
 * (a service in line X, or in a sub-line of X). Counted over distinct members, in one query.
 */
const COMPUTED_RATE: NamedQuery = {
  name: 'customers.computedCrossSellRate',
  // The offerings filed under A (and under B) are found once, not once per member; then each
  // member's subscriptions are read once and tested against both sets (which hold only offerings,
  // so the subscribed node's label needs no check).
  cypher: `MATCH (seg:Segment {id: $segment})
    MATCH (a:Offering {id: $offeringA})
    MATCH (b:Offering {id: $offeringB})
    CALL (a) {
      OPTIONAL MATCH (o:Offering)-[:IN_LINE|PART_OF*1..4]->(a)
      WITH collect(DISTINCT o) AS under
      RETURN under + [a] AS underA
    }
    CALL (b) {
      OPTIONAL MATCH (o:Offering)-[:IN_LINE|PART_OF*1..4]->(b)
      WITH collect(DISTINCT o) AS under
      RETURN under + [b] AS underB
    }
    CALL (seg, underA, underB) {
      OPTIONAL MATCH (m:Company)-[:MEMBER_OF]->(seg)
      WITH DISTINCT m
      WITH m, [(m)-[:SUBSCRIBES_TO]->(o) | o] AS bought
      WITH m, any(o IN bought WHERE o IN underA) AS buysA, any(o IN bought WHERE o IN underB) AS buysB
      RETURN count(m) AS customers, count(CASE WHEN buysA THEN m END) AS customersBuyingA,
        count(CASE WHEN buysB THEN m END) AS customersBuyingB,
        count(CASE WHEN buysA AND buysB THEN m END) AS customersBuyingBoth
    }
    RETURN seg.id AS segmentKey, a.id AS offeringAKey, b.id AS offeringBKey,
      customers, customersBuyingA, customersBuyingB, customersBuyingBoth,
      CASE WHEN customersBuyingA = 0 THEN null ELSE toFloat(customersBuyingBoth) / customersBuyingA END AS rateBGivenA,
      CASE WHEN customers = 0 THEN null ELSE toFloat(customersBuyingBoth) / customers END AS pairShare`,
};

export async function segmentsByKeys(db: Database, keys: readonly string[]): Promise<(SegmentRecord | null)[]> {
  return itemsByKeys<SegmentRecord>(db, SEGMENTS_BY_KEYS, keys);
}
export async function crossSellRatesByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(CrossSellRateRecord | null)[]> {
  return itemsByKeys<CrossSellRateRecord>(db, RATES_BY_KEYS, keys);
}
export async function segmentsByCompanyKeys(db: Database, keys: readonly string[]): Promise<SegmentRecord[][]> {
  return listsByKeys<SegmentRecord>(db, SEGMENTS_BY_COMPANY, keys);
}
export async function targetSegmentsByCompanyKeys(db: Database, keys: readonly string[]): Promise<SegmentRecord[][]> {
  return listsByKeys<SegmentRecord>(db, TARGETS_BY_COMPANY, keys);
}
export async function memberKeysBySegmentKeys(db: Database, keys: readonly string[]): Promise<string[][]> {
  return listsByKeys<string>(db, MEMBER_KEYS_BY_SEGMENT, keys);
}
export async function crossSellRatesBySegmentKeys(
  db: Database,
  keys: readonly string[],
): Promise<CrossSellRateRecord[][]> {
  return listsByKeys<CrossSellRateRecord>(db, RATES_BY_SEGMENT, keys);
}
export async function listSegments(db: Database, companyKey: string | null): Promise<SegmentRecord[]> {
  const [row] = await db.read(ALL_SEGMENTS, { company: companyKey });
  return (row?.items as SegmentRecord[] | undefined) ?? [];
}
export async function listCrossSellRates(db: Database, segmentKey: string | null): Promise<CrossSellRateRecord[]> {
  const [row] = await db.read(ALL_RATES, { segment: segmentKey });
  return (row?.items as CrossSellRateRecord[] | undefined) ?? [];
}

/** Null when the segment or an offering does not exist. */
export async function computeCrossSellRate(
  db: Database,
  segmentKey: string,
  offeringAKey: string,
  offeringBKey: string,
): Promise<ComputedCrossSellRateRecord | null> {
  const [row] = await db.read(COMPUTED_RATE, { segment: segmentKey, offeringA: offeringAKey, offeringB: offeringBKey });
  return (row as ComputedCrossSellRateRecord | undefined) ?? null;
}
