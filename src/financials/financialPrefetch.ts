/** What metric-ranking field resolvers load (src/graphql/prefetch.ts); mirrors financialResolvers.ts. */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import type { PrefetchRegistry } from '../graphql/prefetch.js';

export const financialPrefetch: PrefetchRegistry = {
  MetricRanking: {
    missing: { query: COMPANIES_BY_KEYS, keyField: 'missingKeys', keyList: true, loader: (l) => l.companyByKey },
  },
  MetricRankingEntry: {
    company: { query: COMPANIES_BY_KEYS, keyField: 'companyKey', loader: (l) => l.companyByKey },
  },
};
