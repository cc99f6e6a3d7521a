/**
 * The awards domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader } from '../graphql/loaders.js';
import * as awards from './awardRepository.js';

export function awardLoaders(db: Database) {
  return {
    awardByKey: loader((keys) => awards.awardsByKeys(db, keys)),
    categoryByKey: loader((keys) => awards.categoriesByKeys(db, keys)),
    rankingByKey: loader((keys) => awards.rankingsByKeys(db, keys)),
    categoriesByAward: loader((keys) => awards.categoriesByAwardKeys(db, keys)),
    rankingsByAward: loader((keys) => awards.rankingsByAwardKeys(db, keys)),
    rankingsByCategory: loader((keys) => awards.rankingsByCategoryKeys(db, keys)),
    entriesByRanking: loader((keys) => awards.entriesByRankingKeys(db, keys)),
    entriesByCompany: loader((keys) => awards.entriesByCompanyKeys(db, keys)),
    winsByCompany: loader((keys) => awards.winsByCompanyKeys(db, keys)),
    winsByCategory: loader((keys) => awards.winsByCategoryKeys(db, keys)),
    winsByAward: loader((keys) => awards.winsByAwardKeys(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof awardLoaders> {}
}
