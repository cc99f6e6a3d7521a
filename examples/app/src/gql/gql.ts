/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CdnPlatformAndWhatIsBuiltOnIt {\n  service(id: \"iij/cdn-platform\") {\n    name\n    launched\n    businessLine {\n      name\n    }\n    builtUpon {\n      name\n      launched\n      description\n    }\n    subscribers {\n      company {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.CdnPlatformAndWhatIsBuiltOnItDocument,
    "query CompanyByNameWithoutFinalPeriod {\n  company(name: \"Internet Initiative Japan Inc\") {\n    key\n    name\n    matchedBy {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}": typeof types.CompanyByNameWithoutFinalPeriodDocument,
    "query CompetitorCompaniesFirstPage {\n  companies(filter: {role: COMPETITOR}, first: 3) {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n    }\n  }\n}": typeof types.CompetitorCompaniesFirstPageDocument,
    "query DedicatedAccessRanking {\n  awardRankings(category: \"dedicated access\") {\n    award {\n      name\n      publisher {\n        name\n      }\n    }\n    category {\n      name\n    }\n    scope\n    entriesListed\n    entries {\n      company {\n        name\n      }\n      position\n      positionKnown\n    }\n    source {\n      quote\n    }\n  }\n}": typeof types.DedicatedAccessRankingDocument,
    "query DerivedRevenueFacts {\n  financialFacts(company: \"IIJ\", basis: DERIVED) {\n    key\n    metric\n    period {\n      label\n    }\n    approximate\n    amounts {\n      unit\n      scale\n      value\n    }\n    formula\n    derivedFrom {\n      key\n      basis\n      amounts {\n        unit\n        scale\n        value\n      }\n    }\n  }\n}": typeof types.DerivedRevenueFactsDocument,
    "query GuidanceWithItsStatements {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    key\n    period {\n      label\n    }\n    statements {\n      kind\n      text\n    }\n  }\n}": typeof types.GuidanceWithItsStatementsDocument,
    "query IijAwardCategoriesWon {\n  company(id: \"IIJ\") {\n    awardsWon {\n      award {\n        name\n        published\n        publisher {\n          name\n        }\n      }\n      category {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.IijAwardCategoriesWonDocument,
    "query IijCompetitors {\n  company(id: \"IIJ\") {\n    competitors {\n      company {\n        name\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.IijCompetitorsDocument,
    "query IijCustomers {\n  company(id: \"IIJ\") {\n    customers {\n      company {\n        name\n        kind\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.IijCustomersDocument,
    "query IijDataCenterDetails {\n  company(id: \"IIJ\") {\n    dataCenters {\n      name\n      city\n      prefecture\n      floors\n      floorSpaceM2\n      structure\n      floorLoadValue\n      floorLoadUnit\n      purpose\n      provenance {\n        fields\n        source {\n          quote\n        }\n      }\n    }\n  }\n}": typeof types.IijDataCenterDetailsDocument,
    "query IijMetricCatalogue {\n  metrics(company: \"IIJ\") {\n    key\n    label\n    kind\n    units\n    bases\n    factCount\n    offeringFactCount\n    periods {\n      label\n    }\n  }\n}": typeof types.IijMetricCatalogueDocument,
    "query IijRevenueAndOperatingIncomeByQuarter {\n  company(id: \"IIJ\") {\n    name\n    revenue: financialFacts(metric: \"revenue\", to: {fiscalYear: 2002, quarter: 4}) {\n      basis\n      approximate\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n        low\n        high\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n    operatingIncome: financialFacts(\n      metric: \"operatingIncome\"\n      to: {fiscalYear: 2002, quarter: 4}\n    ) {\n      basis\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n  }\n}": typeof types.IijRevenueAndOperatingIncomeByQuarterDocument,
    "query IijRevenueGuidance {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    period {\n      label\n      kind\n      startDate\n      endDate\n    }\n    amounts {\n      unit\n      scale\n      low\n      high\n      bound\n    }\n    source {\n      quote\n    }\n  }\n}": typeof types.IijRevenueGuidanceDocument,
    "query IijRiskStatements {\n  company(id: \"IIJ\") {\n    statements(kind: \"risk\") {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.IijRiskStatementsDocument,
    "query IijServicesByBusinessLine {\n  company(id: \"IIJ\") {\n    businessLines {\n      name\n      parent {\n        name\n      }\n      services {\n        name\n      }\n    }\n  }\n}": typeof types.IijServicesByBusinessLineDocument,
    "query LargestDataCenterByFloorSpace {\n  dataCenters(operator: \"IIJ\", orderBy: FLOOR_SPACE_DESC, first: 1) {\n    totalCount\n    edges {\n      node {\n        name\n        floorSpaceM2\n      }\n    }\n  }\n}": typeof types.LargestDataCenterByFloorSpaceDocument,
    "query LookupOcrVariant {\n  lookup(name: \"[1J\") {\n    node {\n      __typename\n      ... on Company {\n        key\n        name\n      }\n    }\n    match {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}": typeof types.LookupOcrVariantDocument,
    "query MetricByForgivingName {\n  metric(name: \"operating_income\") {\n    key\n    label\n    description\n    kind\n    units\n  }\n}": typeof types.MetricByForgivingNameDocument,
    "query OperatingMargin3Q02 {\n  ratio(\n    company: \"IIJ\"\n    ratio: OPERATING_MARGIN\n    period: {fiscalYear: 2002, quarter: 3}\n  ) {\n    label\n    value\n    unit\n    decimals\n    low\n    high\n    formula\n    inputUnit\n    inputs {\n      role\n      amount {\n        unit\n        scale\n        value\n      }\n      printedDecimals\n      quote\n    }\n  }\n}": typeof types.OperatingMargin3Q02Document,
    "query ReasonFor3Q02OperatingLoss {\n  financialFacts(\n    company: \"IIJ\"\n    metric: \"operatingIncome\"\n    from: {fiscalYear: 2002, quarter: 3}\n    to: {fiscalYear: 2002, quarter: 3}\n  ) {\n    period {\n      label\n    }\n    amounts {\n      unit\n      scale\n      value\n    }\n    comparisons {\n      kind\n      direction\n      basePeriod {\n        label\n      }\n    }\n    explanations {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.ReasonFor3Q02OperatingLossDocument,
    "query RevenueRanking3Q02 {\n  metricRanking(metric: \"revenue\", period: {fiscalYear: 2002, quarter: 3}) {\n    metric\n    basis\n    unit\n    fiscalYear\n    quarter\n    entries {\n      rank\n      company {\n        name\n      }\n      amount {\n        unit\n        scale\n        value\n      }\n    }\n    missing {\n      name\n    }\n  }\n}": typeof types.RevenueRanking3Q02Document,
    "query SearchCancellations {\n  searchText(text: \"cancellations\", company: \"IIJ\") {\n    kind\n    matchedIn\n    text\n    quote\n    source {\n      document {\n        key\n      }\n      section {\n        title\n      }\n    }\n    statement {\n      key\n    }\n  }\n}": typeof types.SearchCancellationsDocument,
    "query SearchOcrVariant11J {\n  search(text: \"11J\", first: 1) {\n    matchedOn\n    node {\n      __typename\n      ... on Company {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.SearchOcrVariant11JDocument,
    "query Top150CrossSellRates {\n  crossSellRates(segment: \"iij/top-150-customers\") {\n    cohort\n    asOf\n    basis\n    offeringA {\n      name\n    }\n    offeringB {\n      name\n    }\n    ratePercent\n    source {\n      quote\n    }\n  }\n}": typeof types.Top150CrossSellRatesDocument,
    "query Top150RevenueShare {\n  segment(id: \"iij/top-150-customers\") {\n    name\n    size\n    revenueSharePercent\n    revenueShareAsOf\n    provenance {\n      fields\n      source {\n        quote\n      }\n    }\n  }\n}": typeof types.Top150RevenueShareDocument,
    "query WhyConnectivityDeclined {\n  statements(about: \"Connectivity\", company: \"IIJ\") {\n    kind\n    text\n    source {\n      quote\n      section {\n        title\n      }\n    }\n  }\n}": typeof types.WhyConnectivityDeclinedDocument,
};
const documents: Documents = {
    "query CdnPlatformAndWhatIsBuiltOnIt {\n  service(id: \"iij/cdn-platform\") {\n    name\n    launched\n    businessLine {\n      name\n    }\n    builtUpon {\n      name\n      launched\n      description\n    }\n    subscribers {\n      company {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}": types.CdnPlatformAndWhatIsBuiltOnItDocument,
    "query CompanyByNameWithoutFinalPeriod {\n  company(name: \"Internet Initiative Japan Inc\") {\n    key\n    name\n    matchedBy {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}": types.CompanyByNameWithoutFinalPeriodDocument,
    "query CompetitorCompaniesFirstPage {\n  companies(filter: {role: COMPETITOR}, first: 3) {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n    }\n  }\n}": types.CompetitorCompaniesFirstPageDocument,
    "query DedicatedAccessRanking {\n  awardRankings(category: \"dedicated access\") {\n    award {\n      name\n      publisher {\n        name\n      }\n    }\n    category {\n      name\n    }\n    scope\n    entriesListed\n    entries {\n      company {\n        name\n      }\n      position\n      positionKnown\n    }\n    source {\n      quote\n    }\n  }\n}": types.DedicatedAccessRankingDocument,
    "query DerivedRevenueFacts {\n  financialFacts(company: \"IIJ\", basis: DERIVED) {\n    key\n    metric\n    period {\n      label\n    }\n    approximate\n    amounts {\n      unit\n      scale\n      value\n    }\n    formula\n    derivedFrom {\n      key\n      basis\n      amounts {\n        unit\n        scale\n        value\n      }\n    }\n  }\n}": types.DerivedRevenueFactsDocument,
    "query GuidanceWithItsStatements {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    key\n    period {\n      label\n    }\n    statements {\n      kind\n      text\n    }\n  }\n}": types.GuidanceWithItsStatementsDocument,
    "query IijAwardCategoriesWon {\n  company(id: \"IIJ\") {\n    awardsWon {\n      award {\n        name\n        published\n        publisher {\n          name\n        }\n      }\n      category {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}": types.IijAwardCategoriesWonDocument,
    "query IijCompetitors {\n  company(id: \"IIJ\") {\n    competitors {\n      company {\n        name\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}": types.IijCompetitorsDocument,
    "query IijCustomers {\n  company(id: \"IIJ\") {\n    customers {\n      company {\n        name\n        kind\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}": types.IijCustomersDocument,
    "query IijDataCenterDetails {\n  company(id: \"IIJ\") {\n    dataCenters {\n      name\n      city\n      prefecture\n      floors\n      floorSpaceM2\n      structure\n      floorLoadValue\n      floorLoadUnit\n      purpose\n      provenance {\n        fields\n        source {\n          quote\n        }\n      }\n    }\n  }\n}": types.IijDataCenterDetailsDocument,
    "query IijMetricCatalogue {\n  metrics(company: \"IIJ\") {\n    key\n    label\n    kind\n    units\n    bases\n    factCount\n    offeringFactCount\n    periods {\n      label\n    }\n  }\n}": types.IijMetricCatalogueDocument,
    "query IijRevenueAndOperatingIncomeByQuarter {\n  company(id: \"IIJ\") {\n    name\n    revenue: financialFacts(metric: \"revenue\", to: {fiscalYear: 2002, quarter: 4}) {\n      basis\n      approximate\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n        low\n        high\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n    operatingIncome: financialFacts(\n      metric: \"operatingIncome\"\n      to: {fiscalYear: 2002, quarter: 4}\n    ) {\n      basis\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n  }\n}": types.IijRevenueAndOperatingIncomeByQuarterDocument,
    "query IijRevenueGuidance {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    period {\n      label\n      kind\n      startDate\n      endDate\n    }\n    amounts {\n      unit\n      scale\n      low\n      high\n      bound\n    }\n    source {\n      quote\n    }\n  }\n}": types.IijRevenueGuidanceDocument,
    "query IijRiskStatements {\n  company(id: \"IIJ\") {\n    statements(kind: \"risk\") {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}": types.IijRiskStatementsDocument,
    "query IijServicesByBusinessLine {\n  company(id: \"IIJ\") {\n    businessLines {\n      name\n      parent {\n        name\n      }\n      services {\n        name\n      }\n    }\n  }\n}": types.IijServicesByBusinessLineDocument,
    "query LargestDataCenterByFloorSpace {\n  dataCenters(operator: \"IIJ\", orderBy: FLOOR_SPACE_DESC, first: 1) {\n    totalCount\n    edges {\n      node {\n        name\n        floorSpaceM2\n      }\n    }\n  }\n}": types.LargestDataCenterByFloorSpaceDocument,
    "query LookupOcrVariant {\n  lookup(name: \"[1J\") {\n    node {\n      __typename\n      ... on Company {\n        key\n        name\n      }\n    }\n    match {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}": types.LookupOcrVariantDocument,
    "query MetricByForgivingName {\n  metric(name: \"operating_income\") {\n    key\n    label\n    description\n    kind\n    units\n  }\n}": types.MetricByForgivingNameDocument,
    "query OperatingMargin3Q02 {\n  ratio(\n    company: \"IIJ\"\n    ratio: OPERATING_MARGIN\n    period: {fiscalYear: 2002, quarter: 3}\n  ) {\n    label\n    value\n    unit\n    decimals\n    low\n    high\n    formula\n    inputUnit\n    inputs {\n      role\n      amount {\n        unit\n        scale\n        value\n      }\n      printedDecimals\n      quote\n    }\n  }\n}": types.OperatingMargin3Q02Document,
    "query ReasonFor3Q02OperatingLoss {\n  financialFacts(\n    company: \"IIJ\"\n    metric: \"operatingIncome\"\n    from: {fiscalYear: 2002, quarter: 3}\n    to: {fiscalYear: 2002, quarter: 3}\n  ) {\n    period {\n      label\n    }\n    amounts {\n      unit\n      scale\n      value\n    }\n    comparisons {\n      kind\n      direction\n      basePeriod {\n        label\n      }\n    }\n    explanations {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}": types.ReasonFor3Q02OperatingLossDocument,
    "query RevenueRanking3Q02 {\n  metricRanking(metric: \"revenue\", period: {fiscalYear: 2002, quarter: 3}) {\n    metric\n    basis\n    unit\n    fiscalYear\n    quarter\n    entries {\n      rank\n      company {\n        name\n      }\n      amount {\n        unit\n        scale\n        value\n      }\n    }\n    missing {\n      name\n    }\n  }\n}": types.RevenueRanking3Q02Document,
    "query SearchCancellations {\n  searchText(text: \"cancellations\", company: \"IIJ\") {\n    kind\n    matchedIn\n    text\n    quote\n    source {\n      document {\n        key\n      }\n      section {\n        title\n      }\n    }\n    statement {\n      key\n    }\n  }\n}": types.SearchCancellationsDocument,
    "query SearchOcrVariant11J {\n  search(text: \"11J\", first: 1) {\n    matchedOn\n    node {\n      __typename\n      ... on Company {\n        id\n        name\n      }\n    }\n  }\n}": types.SearchOcrVariant11JDocument,
    "query Top150CrossSellRates {\n  crossSellRates(segment: \"iij/top-150-customers\") {\n    cohort\n    asOf\n    basis\n    offeringA {\n      name\n    }\n    offeringB {\n      name\n    }\n    ratePercent\n    source {\n      quote\n    }\n  }\n}": types.Top150CrossSellRatesDocument,
    "query Top150RevenueShare {\n  segment(id: \"iij/top-150-customers\") {\n    name\n    size\n    revenueSharePercent\n    revenueShareAsOf\n    provenance {\n      fields\n      source {\n        quote\n      }\n    }\n  }\n}": types.Top150RevenueShareDocument,
    "query WhyConnectivityDeclined {\n  statements(about: \"Connectivity\", company: \"IIJ\") {\n    kind\n    text\n    source {\n      quote\n      section {\n        title\n      }\n    }\n  }\n}": types.WhyConnectivityDeclinedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CdnPlatformAndWhatIsBuiltOnIt {\n  service(id: \"iij/cdn-platform\") {\n    name\n    launched\n    businessLine {\n      name\n    }\n    builtUpon {\n      name\n      launched\n      description\n    }\n    subscribers {\n      company {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query CdnPlatformAndWhatIsBuiltOnIt {\n  service(id: \"iij/cdn-platform\") {\n    name\n    launched\n    businessLine {\n      name\n    }\n    builtUpon {\n      name\n      launched\n      description\n    }\n    subscribers {\n      company {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyByNameWithoutFinalPeriod {\n  company(name: \"Internet Initiative Japan Inc\") {\n    key\n    name\n    matchedBy {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}"): (typeof documents)["query CompanyByNameWithoutFinalPeriod {\n  company(name: \"Internet Initiative Japan Inc\") {\n    key\n    name\n    matchedBy {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetitorCompaniesFirstPage {\n  companies(filter: {role: COMPETITOR}, first: 3) {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n    }\n  }\n}"): (typeof documents)["query CompetitorCompaniesFirstPage {\n  companies(filter: {role: COMPETITOR}, first: 3) {\n    totalCount\n    edges {\n      node {\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DedicatedAccessRanking {\n  awardRankings(category: \"dedicated access\") {\n    award {\n      name\n      publisher {\n        name\n      }\n    }\n    category {\n      name\n    }\n    scope\n    entriesListed\n    entries {\n      company {\n        name\n      }\n      position\n      positionKnown\n    }\n    source {\n      quote\n    }\n  }\n}"): (typeof documents)["query DedicatedAccessRanking {\n  awardRankings(category: \"dedicated access\") {\n    award {\n      name\n      publisher {\n        name\n      }\n    }\n    category {\n      name\n    }\n    scope\n    entriesListed\n    entries {\n      company {\n        name\n      }\n      position\n      positionKnown\n    }\n    source {\n      quote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DerivedRevenueFacts {\n  financialFacts(company: \"IIJ\", basis: DERIVED) {\n    key\n    metric\n    period {\n      label\n    }\n    approximate\n    amounts {\n      unit\n      scale\n      value\n    }\n    formula\n    derivedFrom {\n      key\n      basis\n      amounts {\n        unit\n        scale\n        value\n      }\n    }\n  }\n}"): (typeof documents)["query DerivedRevenueFacts {\n  financialFacts(company: \"IIJ\", basis: DERIVED) {\n    key\n    metric\n    period {\n      label\n    }\n    approximate\n    amounts {\n      unit\n      scale\n      value\n    }\n    formula\n    derivedFrom {\n      key\n      basis\n      amounts {\n        unit\n        scale\n        value\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuidanceWithItsStatements {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    key\n    period {\n      label\n    }\n    statements {\n      kind\n      text\n    }\n  }\n}"): (typeof documents)["query GuidanceWithItsStatements {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    key\n    period {\n      label\n    }\n    statements {\n      kind\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijAwardCategoriesWon {\n  company(id: \"IIJ\") {\n    awardsWon {\n      award {\n        name\n        published\n        publisher {\n          name\n        }\n      }\n      category {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query IijAwardCategoriesWon {\n  company(id: \"IIJ\") {\n    awardsWon {\n      award {\n        name\n        published\n        publisher {\n          name\n        }\n      }\n      category {\n        name\n      }\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijCompetitors {\n  company(id: \"IIJ\") {\n    competitors {\n      company {\n        name\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query IijCompetitors {\n  company(id: \"IIJ\") {\n    competitors {\n      company {\n        name\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijCustomers {\n  company(id: \"IIJ\") {\n    customers {\n      company {\n        name\n        kind\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query IijCustomers {\n  company(id: \"IIJ\") {\n    customers {\n      company {\n        name\n        kind\n      }\n      kind\n      description\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijDataCenterDetails {\n  company(id: \"IIJ\") {\n    dataCenters {\n      name\n      city\n      prefecture\n      floors\n      floorSpaceM2\n      structure\n      floorLoadValue\n      floorLoadUnit\n      purpose\n      provenance {\n        fields\n        source {\n          quote\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query IijDataCenterDetails {\n  company(id: \"IIJ\") {\n    dataCenters {\n      name\n      city\n      prefecture\n      floors\n      floorSpaceM2\n      structure\n      floorLoadValue\n      floorLoadUnit\n      purpose\n      provenance {\n        fields\n        source {\n          quote\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijMetricCatalogue {\n  metrics(company: \"IIJ\") {\n    key\n    label\n    kind\n    units\n    bases\n    factCount\n    offeringFactCount\n    periods {\n      label\n    }\n  }\n}"): (typeof documents)["query IijMetricCatalogue {\n  metrics(company: \"IIJ\") {\n    key\n    label\n    kind\n    units\n    bases\n    factCount\n    offeringFactCount\n    periods {\n      label\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijRevenueAndOperatingIncomeByQuarter {\n  company(id: \"IIJ\") {\n    name\n    revenue: financialFacts(metric: \"revenue\", to: {fiscalYear: 2002, quarter: 4}) {\n      basis\n      approximate\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n        low\n        high\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n    operatingIncome: financialFacts(\n      metric: \"operatingIncome\"\n      to: {fiscalYear: 2002, quarter: 4}\n    ) {\n      basis\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query IijRevenueAndOperatingIncomeByQuarter {\n  company(id: \"IIJ\") {\n    name\n    revenue: financialFacts(metric: \"revenue\", to: {fiscalYear: 2002, quarter: 4}) {\n      basis\n      approximate\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n        low\n        high\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n    operatingIncome: financialFacts(\n      metric: \"operatingIncome\"\n      to: {fiscalYear: 2002, quarter: 4}\n    ) {\n      basis\n      period {\n        label\n      }\n      amounts {\n        unit\n        scale\n        value\n      }\n      source {\n        quote\n        section {\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijRevenueGuidance {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    period {\n      label\n      kind\n      startDate\n      endDate\n    }\n    amounts {\n      unit\n      scale\n      low\n      high\n      bound\n    }\n    source {\n      quote\n    }\n  }\n}"): (typeof documents)["query IijRevenueGuidance {\n  financialFacts(company: \"IIJ\", metric: \"revenue\", basis: GUIDANCE) {\n    period {\n      label\n      kind\n      startDate\n      endDate\n    }\n    amounts {\n      unit\n      scale\n      low\n      high\n      bound\n    }\n    source {\n      quote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijRiskStatements {\n  company(id: \"IIJ\") {\n    statements(kind: \"risk\") {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query IijRiskStatements {\n  company(id: \"IIJ\") {\n    statements(kind: \"risk\") {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IijServicesByBusinessLine {\n  company(id: \"IIJ\") {\n    businessLines {\n      name\n      parent {\n        name\n      }\n      services {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query IijServicesByBusinessLine {\n  company(id: \"IIJ\") {\n    businessLines {\n      name\n      parent {\n        name\n      }\n      services {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LargestDataCenterByFloorSpace {\n  dataCenters(operator: \"IIJ\", orderBy: FLOOR_SPACE_DESC, first: 1) {\n    totalCount\n    edges {\n      node {\n        name\n        floorSpaceM2\n      }\n    }\n  }\n}"): (typeof documents)["query LargestDataCenterByFloorSpace {\n  dataCenters(operator: \"IIJ\", orderBy: FLOOR_SPACE_DESC, first: 1) {\n    totalCount\n    edges {\n      node {\n        name\n        floorSpaceM2\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LookupOcrVariant {\n  lookup(name: \"[1J\") {\n    node {\n      __typename\n      ... on Company {\n        key\n        name\n      }\n    }\n    match {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}"): (typeof documents)["query LookupOcrVariant {\n  lookup(name: \"[1J\") {\n    node {\n      __typename\n      ... on Company {\n        key\n        name\n      }\n    }\n    match {\n      matchedOn\n      matched\n      exact\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricByForgivingName {\n  metric(name: \"operating_income\") {\n    key\n    label\n    description\n    kind\n    units\n  }\n}"): (typeof documents)["query MetricByForgivingName {\n  metric(name: \"operating_income\") {\n    key\n    label\n    description\n    kind\n    units\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperatingMargin3Q02 {\n  ratio(\n    company: \"IIJ\"\n    ratio: OPERATING_MARGIN\n    period: {fiscalYear: 2002, quarter: 3}\n  ) {\n    label\n    value\n    unit\n    decimals\n    low\n    high\n    formula\n    inputUnit\n    inputs {\n      role\n      amount {\n        unit\n        scale\n        value\n      }\n      printedDecimals\n      quote\n    }\n  }\n}"): (typeof documents)["query OperatingMargin3Q02 {\n  ratio(\n    company: \"IIJ\"\n    ratio: OPERATING_MARGIN\n    period: {fiscalYear: 2002, quarter: 3}\n  ) {\n    label\n    value\n    unit\n    decimals\n    low\n    high\n    formula\n    inputUnit\n    inputs {\n      role\n      amount {\n        unit\n        scale\n        value\n      }\n      printedDecimals\n      quote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReasonFor3Q02OperatingLoss {\n  financialFacts(\n    company: \"IIJ\"\n    metric: \"operatingIncome\"\n    from: {fiscalYear: 2002, quarter: 3}\n    to: {fiscalYear: 2002, quarter: 3}\n  ) {\n    period {\n      label\n    }\n    amounts {\n      unit\n      scale\n      value\n    }\n    comparisons {\n      kind\n      direction\n      basePeriod {\n        label\n      }\n    }\n    explanations {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query ReasonFor3Q02OperatingLoss {\n  financialFacts(\n    company: \"IIJ\"\n    metric: \"operatingIncome\"\n    from: {fiscalYear: 2002, quarter: 3}\n    to: {fiscalYear: 2002, quarter: 3}\n  ) {\n    period {\n      label\n    }\n    amounts {\n      unit\n      scale\n      value\n    }\n    comparisons {\n      kind\n      direction\n      basePeriod {\n        label\n      }\n    }\n    explanations {\n      text\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueRanking3Q02 {\n  metricRanking(metric: \"revenue\", period: {fiscalYear: 2002, quarter: 3}) {\n    metric\n    basis\n    unit\n    fiscalYear\n    quarter\n    entries {\n      rank\n      company {\n        name\n      }\n      amount {\n        unit\n        scale\n        value\n      }\n    }\n    missing {\n      name\n    }\n  }\n}"): (typeof documents)["query RevenueRanking3Q02 {\n  metricRanking(metric: \"revenue\", period: {fiscalYear: 2002, quarter: 3}) {\n    metric\n    basis\n    unit\n    fiscalYear\n    quarter\n    entries {\n      rank\n      company {\n        name\n      }\n      amount {\n        unit\n        scale\n        value\n      }\n    }\n    missing {\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchCancellations {\n  searchText(text: \"cancellations\", company: \"IIJ\") {\n    kind\n    matchedIn\n    text\n    quote\n    source {\n      document {\n        key\n      }\n      section {\n        title\n      }\n    }\n    statement {\n      key\n    }\n  }\n}"): (typeof documents)["query SearchCancellations {\n  searchText(text: \"cancellations\", company: \"IIJ\") {\n    kind\n    matchedIn\n    text\n    quote\n    source {\n      document {\n        key\n      }\n      section {\n        title\n      }\n    }\n    statement {\n      key\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchOcrVariant11J {\n  search(text: \"11J\", first: 1) {\n    matchedOn\n    node {\n      __typename\n      ... on Company {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query SearchOcrVariant11J {\n  search(text: \"11J\", first: 1) {\n    matchedOn\n    node {\n      __typename\n      ... on Company {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Top150CrossSellRates {\n  crossSellRates(segment: \"iij/top-150-customers\") {\n    cohort\n    asOf\n    basis\n    offeringA {\n      name\n    }\n    offeringB {\n      name\n    }\n    ratePercent\n    source {\n      quote\n    }\n  }\n}"): (typeof documents)["query Top150CrossSellRates {\n  crossSellRates(segment: \"iij/top-150-customers\") {\n    cohort\n    asOf\n    basis\n    offeringA {\n      name\n    }\n    offeringB {\n      name\n    }\n    ratePercent\n    source {\n      quote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Top150RevenueShare {\n  segment(id: \"iij/top-150-customers\") {\n    name\n    size\n    revenueSharePercent\n    revenueShareAsOf\n    provenance {\n      fields\n      source {\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query Top150RevenueShare {\n  segment(id: \"iij/top-150-customers\") {\n    name\n    size\n    revenueSharePercent\n    revenueShareAsOf\n    provenance {\n      fields\n      source {\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhyConnectivityDeclined {\n  statements(about: \"Connectivity\", company: \"IIJ\") {\n    kind\n    text\n    source {\n      quote\n      section {\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query WhyConnectivityDeclined {\n  statements(about: \"Connectivity\", company: \"IIJ\") {\n    kind\n    text\n    source {\n      quote\n      section {\n        title\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;