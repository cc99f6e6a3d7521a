/**
 * The customers domain's request loaders (one batched query per resolver level), added to the
 * context's `Loaders` by declaration merging so src/context.ts imports no repository.
 */
import type { Database } from '../db/database.js';
import { loader } from '../graphql/loaders.js';
import * as customers from './customerRepository.js';

export function customerLoaders(db: Database) {
  return {
    segmentByKey: loader((keys) => customers.segmentsByKeys(db, keys)),
    segmentsByCompany: loader((keys) => customers.segmentsByCompanyKeys(db, keys)),
    targetSegmentsByCompany: loader((keys) => customers.targetSegmentsByCompanyKeys(db, keys)),
    memberKeysBySegment: loader((keys) => customers.memberKeysBySegmentKeys(db, keys)),
    crossSellRateByKey: loader((keys) => customers.crossSellRatesByKeys(db, keys)),
    crossSellRatesBySegment: loader((keys) => customers.crossSellRatesBySegmentKeys(db, keys)),
  };
}

declare module '../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the domain's loaders join the context's Loaders
  interface Loaders extends ReturnType<typeof customerLoaders> {}
}
