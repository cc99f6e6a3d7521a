/**
 * The five read scenarios, each as (1) a query to our GraphQL API, (2) hand-written Cypher run
 * through neo4j-driver alone behind a bare HTTP server (the limit), and (3) the closest
 * @neo4j/graphql query over the same data (typeDefs in ./neoGraphqlTypeDefs.ts).
 */
import { BENCH_IDS } from './generate.js';

export type ScenarioName = 'companyOverview' | 'deepNavigation' | 'awardRanking' | 'metricRanking' | 'crossSell';

export interface Scenario {
  readonly name: ScenarioName;
  readonly description: string;
  readonly api: { query: string; variables: Record<string, unknown> };
  readonly raw: { cypher: string; params: Record<string, unknown> };
  readonly neo: { query: string; variables: Record<string, unknown> };
  /** Whether latency should stay flat as the graph grows (an index lookup + bounded expansion). */
  readonly flat: boolean;
}

/** Roles of company `c`, as our API derives them (see src/companies/companyRepository.ts). */
export const RAW_ROLES = `[role IN [
    CASE WHEN EXISTS { MATCH (d:Document) WHERE d.issuer = c.id } THEN 'ISSUER' END,
    CASE WHEN EXISTS { (c)-[:COMPETES_WITH]-() } THEN 'COMPETITOR' END,
    CASE WHEN EXISTS { (c)-[:CUSTOMER_OF|SUBSCRIBES_TO|CANCELLED_CONTRACTS_WITH]->() } THEN 'CUSTOMER' END,
    CASE WHEN EXISTS { (c)<-[:CUSTOMER_OF|CANCELLED_CONTRACTS_WITH]-() } OR EXISTS { (c)<-[:OFFERED_BY|LINE_OF]-()<-[:SUBSCRIBES_TO]-() } THEN 'SUPPLIER' END,
    CASE WHEN EXISTS { (c)<-[:INVESTS_IN]-() } THEN 'INVESTEE' END,
    CASE WHEN EXISTS { (c)-[:INVESTS_IN]->() } THEN 'INVESTOR' END,
    CASE WHEN c.kind = 'publisher' OR EXISTS { (c)<-[:PUBLISHED_BY]-() } THEN 'PUBLISHER' END
  ] WHERE role IS NOT NULL]`;

export const RAW_CROSS_SELL = `MATCH (seg:Segment {id: $segment})
  MATCH (a:Offering {id: $offeringA})
  MATCH (b:Offering {id: $offeringB})
  CALL (a) { OPTIONAL MATCH (o:Offering)-[:IN_LINE|PART_OF*1..4]->(a) WITH collect(DISTINCT o) AS d RETURN d + [a] AS underA }
  CALL (b) { OPTIONAL MATCH (o:Offering)-[:IN_LINE|PART_OF*1..4]->(b) WITH collect(DISTINCT o) AS d RETURN d + [b] AS underB }
  CALL (seg, underA, underB) {
    OPTIONAL MATCH (m:Company)-[:MEMBER_OF]->(seg)
    WITH DISTINCT m
    WITH m,
      EXISTS { MATCH (m)-[:SUBSCRIBES_TO]->(o) WHERE o IN underA } AS buysA,
      EXISTS { MATCH (m)-[:SUBSCRIBES_TO]->(o) WHERE o IN underB } AS buysB
    RETURN count(m) AS customers, count(CASE WHEN buysA THEN m END) AS customersBuyingA,
      count(CASE WHEN buysB THEN m END) AS customersBuyingB,
      count(CASE WHEN buysA AND buysB THEN m END) AS customersBuyingBoth
  }
  RETURN customers, customersBuyingA, customersBuyingB, customersBuyingBoth`;

export const RAW_METRIC_RANKING = `MATCH (p:Period {fiscalYear: $fiscalYear, quarter: $quarter})<-[:FOR_PERIOD]-(f:FinancialFact {metric: $metric, basis: 'actual'})
  WHERE NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
  MATCH (f)<-[:REPORTS]-(:FactReport {isLatest: true})-[:HAS_AMOUNT]->(a:Amount {unit: $unit})
  MATCH (f)-[:OF_COMPANY]->(c:Company)
  WITH c, a, coalesce(a.baseValue, (a.baseLow + a.baseHigh) / 2.0) AS v
  ORDER BY v DESC, c.id LIMIT $first
  RETURN collect({ key: c.id, name: c.name, rankedValue: v, value: a.value, unit: a.unit, scale: a.scale }) AS entries`;

export function scenarios(): Scenario[] {
  const { typical, award, segment, offeringA, offeringB } = BENCH_IDS;
  return [
    {
      name: 'companyOverview',
      description: 'one company by key with roles, lines, services, data centers, segments',
      flat: true,
      api: {
        query: `query($id: ID!) { company(id: $id) { key name kind roles businessLines { key name } services { key name }
          dataCenters { key name } segments { key name } } }`,
        variables: { id: typical },
      },
      raw: {
        cypher: `MATCH (c:Company {id: $id})
          RETURN c { key: c.id, .name, .kind, roles: ${RAW_ROLES},
            businessLines: COLLECT { MATCH (c)<-[:LINE_OF]-(n:BusinessLine) WITH DISTINCT n ORDER BY n.name RETURN n { key: n.id, .name } },
            services: COLLECT { MATCH (c)<-[:OFFERED_BY]-(n:Service) WITH DISTINCT n ORDER BY n.name RETURN n { key: n.id, .name } },
            dataCenters: COLLECT { MATCH (c)<-[:OPERATED_BY]-(n:DataCenter) WITH DISTINCT n ORDER BY n.name RETURN n { key: n.id, .name } },
            segments: COLLECT { MATCH (c)<-[:SEGMENT_OF]-(n:Segment) WITH DISTINCT n ORDER BY n.name RETURN n { key: n.id, .name } } } AS company`,
        params: { id: typical },
      },
      neo: {
        query: `query($id: ID!) { companies(where: { id: { eq: $id } }) { id name kind roles
          businessLines(sort: [{ name: ASC }]) { id name } services(sort: [{ name: ASC }]) { id name }
          dataCenters(sort: [{ name: ASC }]) { id name } segments(sort: [{ name: ASC }]) { id name } } }`,
        variables: { id: typical },
      },
    },
    {
      name: 'deepNavigation',
      description:
        'company → services → line → parent line; awards won → award → publisher; ranking entries → ranking → entries → company',
      flat: true,
      api: {
        query: `query($id: ID!) { company(id: $id) { key name
          services { key name businessLine { key name parent { key name } } }
          awardsWon { award { key name publisher { key name } } category { key name } }
          rankingEntries { position ranking { key award { key name } entries { position company { key name } } } } } }`,
        variables: { id: typical },
      },
      raw: {
        cypher: `MATCH (c:Company {id: $id})
          RETURN c { key: c.id, .name,
            services: COLLECT { MATCH (c)<-[:OFFERED_BY]-(s:Service) WITH DISTINCT s ORDER BY s.name RETURN s { key: s.id, .name,
              businessLine: [(s)-[:IN_LINE]->(l) | l { key: l.id, .name, parent: [(l)-[:PART_OF]->(pl) | pl { key: pl.id, .name }][0] }][0] } },
            awardsWon: [(c)-[:WON]->(t) | { category: CASE WHEN t:AwardCategory THEN t { key: t.id, .name } END,
              award: [(t)-[:CATEGORY_OF*0..1]->(aw:Award) | aw { key: aw.id, .name, publisher: [(aw)-[:PUBLISHED_BY]->(p) | p { key: p.id, .name }][0] }][0] }],
            rankingEntries: [(c)<-[e:LISTS]-(r:Ranking) | { position: e.position, ranking: r { key: r.id,
              award: [(r)-[:RANKING_OF]->(aw) | aw { key: aw.id, .name }][0],
              entries: [(r)-[e2:LISTS]->(o) | { position: e2.position, company: o { key: o.id, .name } }] } }] } AS company`,
        params: { id: typical },
      },
      neo: {
        query: `query($id: ID!) { companies(where: { id: { eq: $id } }) { id name
          services(sort: [{ name: ASC }]) { id name businessLine { id name parent { id name } } }
          wonCategories { id name award { id name publisher { id name } } }
          rankingsConnection { edges { properties { position } node { id award { id name }
            companiesConnection(sort: [{ edge: { position: ASC } }]) { edges { properties { position } node { id name } } } } } } } }`,
        variables: { id: typical },
      },
    },
    {
      name: 'awardRanking',
      description: "an award's rankings with their entries and companies",
      flat: true,
      api: {
        query: `query($award: ID!) { awardRankings(award: $award) { key scope entriesListed category { key name }
          entries { position company { key name } } } }`,
        variables: { award },
      },
      raw: {
        cypher: `MATCH (:Award {id: $award})<-[:RANKING_OF]-(r:Ranking)
          WITH r ORDER BY r.id
          RETURN collect(r { key: r.id, .scope, .entriesListed,
            category: [(r)-[:IN_CATEGORY]->(cat) | cat { key: cat.id, .name }][0],
            entries: [(r)-[e:LISTS]->(c) | { position: e.position, company: c { key: c.id, .name } }] }) AS rankings`,
        params: { award },
      },
      neo: {
        query: `query($award: ID!) { rankings(where: { award: { some: { id: { eq: $award } } } }, sort: [{ id: ASC }]) {
          id scope entriesListed category { id name }
          companiesConnection(sort: [{ edge: { position: ASC } }]) { edges { properties { position } node { id name } } } } }`,
        variables: { award },
      },
    },
    {
      name: 'metricRanking',
      // The same answer from every target: the top 20. (The API lists the companies without the figure,
      // a pass over every reporting company, only when `missing` is selected; raw and neo have no such list.)
      description: 'revenue 3Q FY2002 across all companies, top 20',
      flat: false,
      api: {
        query: `query { metricRanking(metric: "revenue", period: { fiscalYear: 2002, quarter: 3 }, first: 20) {
          unit entries { rank rankedValue company { key name } amount { value unit scale } } } }`,
        variables: {},
      },
      raw: {
        cypher: RAW_METRIC_RANKING,
        params: { metric: 'revenue', fiscalYear: 2002, quarter: 3, unit: 'JPY', first: 20 },
      },
      neo: {
        query: `query { metricRanking(metric: "revenue", fiscalYear: 2002, quarter: 3, unit: "JPY", first: 20) {
          id company { id name } amounts { value unit scale baseValue } } }`,
        variables: {},
      },
    },
    {
      name: 'crossSell',
      description: `computed cross-sell rate of ${offeringA} → ${offeringB} in ${segment} (the largest segment)`,
      flat: false,
      api: {
        query: `query($s: ID!, $a: ID!, $b: ID!) { computedCrossSellRate(segment: $s, offeringA: $a, offeringB: $b) {
          customers customersBuyingA customersBuyingB customersBuyingBoth rateBGivenA pairShare } }`,
        variables: { s: segment, a: offeringA, b: offeringB },
      },
      raw: { cypher: RAW_CROSS_SELL, params: { segment, offeringA, offeringB } },
      neo: {
        query: `query($s: ID!, $a: ID!, $b: ID!) { crossSellCounts(segment: $s, offeringA: $a, offeringB: $b) }`,
        variables: { s: segment, a: offeringA, b: offeringB },
      },
    },
  ];
}
