/** What each award-side field resolver loads (src/graphql/prefetch.ts); mirrors awardResolvers.ts. */
import { COMPANIES_BY_KEYS } from '../companies/companyRepository.js';
import { PROVENANCE_BY_ENTITY_KEYS } from '../documents/documentRepository.js';
import { citedSourcePrefetch } from '../documents/citedSource.js';
import type { FieldPrefetch, PrefetchRegistry } from '../graphql/prefetch.js';
import { AWARD_LISTS, AWARDS_BY_KEYS, CATEGORIES_BY_KEYS, ENTRIES, RANKINGS_BY_KEYS, WINS } from './awardRepository.js';

const company = (keyField: string): FieldPrefetch => ({
  query: COMPANIES_BY_KEYS,
  keyField,
  loader: (l) => l.companyByKey,
});
const award: FieldPrefetch = { query: AWARDS_BY_KEYS, keyField: 'awardKey', loader: (l) => l.awardByKey };
const category: FieldPrefetch = { query: CATEGORIES_BY_KEYS, keyField: 'categoryKey', loader: (l) => l.categoryByKey };

export const awardPrefetch: PrefetchRegistry = {
  Award: {
    publisher: company('publisherKey'),
    categories: { query: AWARD_LISTS.categoriesByAward, keyField: 'key', loader: (l) => l.categoriesByAward },
    rankings: { query: AWARD_LISTS.rankingsByAward, keyField: 'key', loader: (l) => l.rankingsByAward },
    winners: { query: WINS.byAward, keyField: 'key', loader: (l) => l.winsByAward },
    provenance: { query: PROVENANCE_BY_ENTITY_KEYS, keyField: 'key', loader: (l) => l.provenanceByEntity },
  },
  AwardCategory: {
    award,
    rankings: { query: AWARD_LISTS.rankingsByCategory, keyField: 'key', loader: (l) => l.rankingsByCategory },
    winners: { query: WINS.byCategory, keyField: 'key', loader: (l) => l.winsByCategory },
  },
  AwardWin: { company: company('companyKey'), award, category, source: citedSourcePrefetch },
  Ranking: {
    source: citedSourcePrefetch,
    award,
    category,
    entries: { query: ENTRIES.byRanking, keyField: 'key', loader: (l) => l.entriesByRanking },
  },
  RankingEntry: {
    source: citedSourcePrefetch,
    ranking: { query: RANKINGS_BY_KEYS, keyField: 'rankingKey', loader: (l) => l.rankingByKey },
    company: company('companyKey'),
  },
};
