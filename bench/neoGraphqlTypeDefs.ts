/**
 * @neo4j/graphql typeDefs over our labels and relationship types (ids are the `id` property).
 * The two computed scenarios have no native equivalent, so they are @cypher fields running the
 * same hand-written Cypher as the raw-driver baseline: what a user of the library would write.
 */
import { RAW_CROSS_SELL, RAW_ROLES } from './scenarios.js';

export const NEO_TYPE_DEFS = /* GraphQL */ `
  type Company @node {
    id: ID!
    name: String!
    kind: String
    roles: [String!]! @cypher(statement: """RETURN ${RAW_ROLES.replace(/\bc\b/g, 'this')} AS roles""", columnName: "roles")
    businessLines: [BusinessLine!]! @relationship(type: "LINE_OF", direction: IN)
    services: [Service!]! @relationship(type: "OFFERED_BY", direction: IN)
    dataCenters: [DataCenter!]! @relationship(type: "OPERATED_BY", direction: IN)
    segments: [Segment!]! @relationship(type: "SEGMENT_OF", direction: IN)
    wonCategories: [AwardCategory!]! @relationship(type: "WON", direction: OUT)
    rankings: [Ranking!]! @relationship(type: "LISTS", direction: IN, properties: "Lists")
  }
  type Lists @relationshipProperties {
    position: Int
  }
  type BusinessLine @node {
    id: ID!
    name: String!
    parent: BusinessLine @relationship(type: "PART_OF", direction: OUT)
  }
  type Service @node {
    id: ID!
    name: String!
    businessLine: BusinessLine @relationship(type: "IN_LINE", direction: OUT)
  }
  type DataCenter @node {
    id: ID!
    name: String!
  }
  type Segment @node {
    id: ID!
    name: String!
  }
  type Award @node {
    id: ID!
    name: String!
    publisher: Company @relationship(type: "PUBLISHED_BY", direction: OUT)
  }
  type AwardCategory @node {
    id: ID!
    name: String!
    award: Award @relationship(type: "CATEGORY_OF", direction: OUT)
  }
  type Ranking @node {
    id: ID!
    scope: String
    entriesListed: Int
    award: [Award!]! @relationship(type: "RANKING_OF", direction: OUT)
    category: AwardCategory @relationship(type: "IN_CATEGORY", direction: OUT)
    companies: [Company!]! @relationship(type: "LISTS", direction: OUT, properties: "Lists")
  }
  type Amount @node {
    value: Float
    unit: String
    scale: String
    baseValue: Float
  }
  type FinancialFact @node {
    id: ID!
    metric: String
    basis: String
    company: Company @relationship(type: "OF_COMPANY", direction: OUT)
    # The latest report's amounts (docs/MODEL.md): two hops, so a Cypher field rather than a relationship.
    amounts: [Amount!]!
      @cypher(
        statement: "MATCH (this)<-[:REPORTS]-(:FactReport {isLatest: true})-[:HAS_AMOUNT]->(a:Amount) RETURN a"
        columnName: "a"
      )
  }
  type Query {
    metricRanking(metric: String!, fiscalYear: Int!, quarter: Int!, unit: String!, first: Int!): [FinancialFact!]!
      @cypher(
        statement: """
        MATCH (p:Period {fiscalYear: $fiscalYear, quarter: $quarter})<-[:FOR_PERIOD]-(f:FinancialFact {metric: $metric, basis: 'actual'})
        WHERE NOT EXISTS { (f)-[:ABOUT_OFFERING]->() }
        MATCH (f)<-[:REPORTS]-(:FactReport {isLatest: true})-[:HAS_AMOUNT]->(a:Amount {unit: $unit})
        MATCH (f)-[:OF_COMPANY]->(c:Company)
        WITH f, c, coalesce(a.baseValue, (a.baseLow + a.baseHigh) / 2.0) AS v
        ORDER BY v DESC, c.id LIMIT $first
        RETURN f
        """
        columnName: "f"
      )
    crossSellCounts(segment: ID!, offeringA: ID!, offeringB: ID!): [Int!]!
      @cypher(
        statement: """
        ${RAW_CROSS_SELL}, [customers, customersBuyingA, customersBuyingB, customersBuyingBoth] AS counts
        """
        columnName: "counts"
      )
  }
`;
