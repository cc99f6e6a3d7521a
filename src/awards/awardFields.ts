/**
 * Award, AwardCategory, AwardWin, Ranking and RankingEntry relation fields (and Company's wins and entries), each declared once: its
 * resolver and its look-ahead entry (src/lookahead/) are derived from the declaration.
 */
import { companyReferenceOf } from '../companies/companyReference.js';
import type { CompanyRecord } from '../companies/companyRepository.js';
import { citedSourceOf, provenanceOf } from '../documents/documentFields.js';
import { fieldsOf, missing } from '../graphql/fieldTables.js';
import {
  AWARD_LISTS,
  AWARDS_BY_KEYS,
  CATEGORIES_BY_KEYS,
  ENTRIES,
  RANKINGS_BY_KEYS,
  WINS,
  type AwardCategoryRecord,
  type AwardRecord,
  type AwardWinRecord,
  type RankingEntryRecord,
  type RankingRecord,
} from './awardRepository.js';

const company = fieldsOf<CompanyRecord>();
const award = fieldsOf<AwardRecord>();
const category = fieldsOf<AwardCategoryRecord>();
const win = fieldsOf<AwardWinRecord>();
const ranking = fieldsOf<RankingRecord>();
const entry = fieldsOf<RankingEntryRecord>();

export const awardFields = {
  Company: {
    awardsWon: company.relation({ query: WINS.byCompany, key: 'key', loader: (l) => l.winsByCompany }),
    rankingEntries: company.relation({ query: ENTRIES.byCompany, key: 'key', loader: (l) => l.entriesByCompany }),
  },
  Award: {
    publisher: companyReferenceOf<AwardRecord>('publisherKey', (a) => `publisher of ${a.key}`),
    categories: award.relation({
      query: AWARD_LISTS.categoriesByAward,
      key: 'key',
      loader: (l) => l.categoriesByAward,
    }),
    rankings: award.relation({ query: AWARD_LISTS.rankingsByAward, key: 'key', loader: (l) => l.rankingsByAward }),
    winners: award.relation({ query: WINS.byAward, key: 'key', loader: (l) => l.winsByAward }),
    provenance: provenanceOf<AwardRecord>(),
  },
  AwardCategory: {
    award: category.reference({
      query: AWARDS_BY_KEYS,
      key: 'awardKey',
      loader: (l) => l.awardByKey,
      missing: missing((c) => `award of ${c.key}`),
    }),
    rankings: category.relation({
      query: AWARD_LISTS.rankingsByCategory,
      key: 'key',
      loader: (l) => l.rankingsByCategory,
    }),
    winners: category.relation({ query: WINS.byCategory, key: 'key', loader: (l) => l.winsByCategory }),
  },
  AwardWin: {
    source: citedSourceOf<AwardWinRecord>(),
    company: companyReferenceOf<AwardWinRecord>('companyKey', (_w, key) => `company ${key}`),
    award: win.reference({
      query: AWARDS_BY_KEYS,
      key: 'awardKey',
      loader: (l) => l.awardByKey,
      missing: missing((_w, key) => `award ${key}`),
    }),
    category: win.optionalRelation({ query: CATEGORIES_BY_KEYS, key: 'categoryKey', loader: (l) => l.categoryByKey }),
  },
  Ranking: {
    source: citedSourceOf<RankingRecord>(),
    award: ranking.reference({
      query: AWARDS_BY_KEYS,
      key: 'awardKey',
      loader: (l) => l.awardByKey,
      missing: missing((_r, key) => `award ${key}`),
    }),
    category: ranking.optionalRelation({
      query: CATEGORIES_BY_KEYS,
      key: 'categoryKey',
      loader: (l) => l.categoryByKey,
    }),
    entries: ranking.relation({ query: ENTRIES.byRanking, key: 'key', loader: (l) => l.entriesByRanking }),
  },
  RankingEntry: {
    source: citedSourceOf<RankingEntryRecord>(),
    ranking: entry.reference({
      query: RANKINGS_BY_KEYS,
      key: 'rankingKey',
      loader: (l) => l.rankingByKey,
      missing: missing((_e, key) => `ranking ${key}`),
    }),
    company: companyReferenceOf<RankingEntryRecord>('companyKey', (_e, key) => `company ${key}`),
  },
};
