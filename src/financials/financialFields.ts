/**
 * FinancialFact, MetricRanking and MetricRankingEntry relation fields (and a Statement's period), each declared once: its
 * resolver and its look-ahead entry (src/lookahead/) are derived from the declaration.
 */
import { companyReferenceOf } from '../companies/companyReference.js';
import { COMPANIES_BY_KEYS, type StatementRecord } from '../companies/companyRepository.js';
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import { OFFERINGS_BY_KEYS } from '../offerings/offeringRepository.js';
import { FACTS_BY_KEYS, PERIODS_BY_KEYS, type FinancialFactRecord } from './financialRepository.js';
import type { MetricRankingEntryRecord, MetricRankingRecord } from './metricRanking.js';

const fact = fieldsOf<FinancialFactRecord>();
const statement = fieldsOf<StatementRecord>();
const ranking = fieldsOf<MetricRankingRecord>();

export const financialFields = {
  Statement: {
    // Statements load per company with a filter argument, so nothing looks ahead into them yet.
    period: statement.optionalRelation({
      query: PERIODS_BY_KEYS,
      key: 'periodKey',
      loader: (l) => l.periodByKey,
      lookAhead: false,
    }),
  },
  FinancialFact: {
    company: companyReferenceOf<FinancialFactRecord>('companyKey', (_f, key) => `company ${key}`),
    offering: fact.optionalRelation({ query: OFFERINGS_BY_KEYS, key: 'offeringKey', loader: (l) => l.offeringByKey }),
    derivedFrom: fact.references({
      query: FACTS_BY_KEYS,
      key: 'derivedFromKeys',
      loader: (l) => l.factByKey,
      missing: missing((_f, key) => `fact ${key}`),
    }),
  },
  MetricRanking: {
    missing: ranking.references({
      query: COMPANIES_BY_KEYS,
      key: 'missingKeys',
      loader: (l) => l.companyByKey,
      missing: missing((_r, key) => `company ${key}`),
    }),
  },
  MetricRankingEntry: {
    company: companyReferenceOf<MetricRankingEntryRecord>('companyKey', (_e, key) => `company ${key}`),
  },
};
