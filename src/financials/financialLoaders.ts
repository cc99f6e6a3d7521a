/**
 * The financials domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader, loaderFamily } from '../graphql/loaders.js';
import * as financials from './financialRepository.js';

export function financialLoaders(db: Database) {
  return {
    factByKey: loader((keys) => financials.factsByKeys(db, keys)),
    factsByCompany: loaderFamily((keys, filter: financials.FactFilter) =>
      financials.factsByCompanyKeys(db, keys, filter),
    ),
    factsByDocument: loader((keys) => financials.factsByDocumentKeys(db, keys)),
    periodByKey: loader((keys) => financials.periodsByKeys(db, keys)),
    actualsOfGuidance: loader((keys) => financials.actualsOfGuidance(db, keys)),
    actualsByPeriod: loader((keys) => financials.actualsByPeriodKeys(db, keys)),
    metricExists: loader((keys) => financials.metricsExist(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof financialLoaders> {}
}
