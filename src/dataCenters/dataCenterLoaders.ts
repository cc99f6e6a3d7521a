/**
 * The dataCenters domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader } from '../graphql/loaders.js';
import * as dataCenters from './dataCenterRepository.js';

export function dataCenterLoaders(db: Database) {
  return {
    dataCenterByKey: loader((keys) => dataCenters.dataCentersByKeys(db, keys)),
    dataCentersByOperator: loader((keys) => dataCenters.dataCentersByOperatorKeys(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof dataCenterLoaders> {}
}
